"""Text outputs a spreadsheet or a screenwriting app opens: the CSV shot list and the
Fountain script (plain Python, no Qt). Their readers stay in ``beatboard.interchange``."""
