from beatboard.launcher import run

run()
