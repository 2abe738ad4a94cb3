"""A real editor session for kill tests, run as ``python editor_child.py CONFIG.json``.

It opens the app offscreen with the test's data folders, answers the recovery dialog
with Later (printing how many autosaves it offered), opens the document, makes one edit,
autosaves, prints ``autosaved`` and waits to be killed. With ``"serve": true`` it makes
the edit, installs the editor's quit-on-signal handling, prints ``ready`` and runs the
event loop as the real editor does (``"edit": false``: no edit).
"""
import json
import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

config = json.loads(open(sys.argv[1], encoding="utf-8").read())
QCoreApplication.setOrganizationName(config["org"])
QCoreApplication.setApplicationName(config["app"])
app = QApplication([])
QStandardPaths.setTestModeEnabled(True)

from beatboard.edit import SetField  # noqa: E402
from beatboard.gui.main_window import MainWindow  # noqa: E402
from beatboard.gui.recovery_dialog import RecoveryDialog  # noqa: E402
from beatboard.gui.settings import Settings  # noqa: E402

offered = []


def answer_later(dialog):
    offered.append(len(dialog.entries))
    dialog.choice = "later"
    return 0


def answer_box(box):
    print("box:", box.text().replace("\n", " "), flush=True)
    return QMessageBox.Cancel


RecoveryDialog.exec = answer_later
QMessageBox.exec = answer_box
settings = Settings(QSettings(config["settings"], QSettings.IniFormat))
window = MainWindow(settings=settings)
window.show()
window.offer_recovery()
print("offered", offered[0] if offered else 0, flush=True)
if not window.files.open_path(config["document"], ask=False):
    print("could not open", flush=True)
    sys.exit(3)
if config.get("serve"):
    from beatboard.gui.quit_signals import QuitOnSignals  # noqa: E402
    if config.get("edit", True):
        window.controller.push(SetField.series("title", config["title"]))
    QuitOnSignals(window)
    print("ready", flush=True)
    sys.exit(app.exec())
window.controller.push(SetField.series("title", config["title"]))
assert window.autosaver.autosave_now()
print("autosaved", window.autosaver.recovery_file(), flush=True)
time.sleep(120)
