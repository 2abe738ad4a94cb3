from beatboard.cli import run

run()
