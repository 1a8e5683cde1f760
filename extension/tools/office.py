"""A soffice on a throwaway profile, driven over a UNO pipe.

Used by the integration tests and scripts/run.sh. Needs Debian's /usr/bin/python3 with
python3-uno. Every soffice started here is killed by stop(), also when the caller fails.
"""

import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid

import uno
import unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.uno import RuntimeException as UnoRuntimeException
from com.sun.star.task import XInteractionHandler
from com.sun.star.ucb import XCommandEnvironment, XProgressHandler

SOFFICE = "/usr/lib/libreoffice/program/soffice"

# A fresh profile opens Calc without the first-start dialogs, with a Japanese UI.
REGISTRY_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>7.4</value></prop></item>
</oor:items>
"""


def props(**values):
    result = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name = name
        prop.Value = value
        result.append(prop)
    return tuple(result)


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


class Profile:
    """A user profile directory that disappears with the object (unless kept)."""

    def __init__(self, root=None, locale="ja"):
        self.path = root or tempfile.mkdtemp(prefix="apichecklist-profile-")
        os.makedirs(os.path.join(self.path, "user"), exist_ok=True)
        registry = os.path.join(self.path, "user", "registrymodifications.xcu")
        if not os.path.exists(registry):
            with open(registry, "w", encoding="utf-8") as out:
                out.write(REGISTRY_TEMPLATE.format(locale=locale))

    @property
    def url(self):
        return file_url(self.path)

    def remove(self):
        shutil.rmtree(self.path, ignore_errors=True)


class Office:
    """One soffice process on `profile`, reachable over a private pipe."""

    def __init__(self, profile, headless=True, timeout=60, log_path=None, soffice=SOFFICE):
        self.soffice = soffice  # another installation's program/soffice (a private copy)
        self.profile = profile
        self.headless = headless
        self.timeout = timeout
        self.pipe = "apichecklist_" + uuid.uuid4().hex
        self.process = None
        self.context = None
        self.log_path = log_path

    def start(self):
        args = [self.soffice, "-env:UserInstallation=" + self.profile.url,
                "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe,
                "--norestore", "--nologo", "--nodefault", "--nolockcheck"]
        if self.headless:
            args.append("--headless")
        self.log = open(self.log_path, "ab") if self.log_path else None
        log = self.log or subprocess.DEVNULL
        # A process group of its own: stop() kills soffice.bin and its helpers together.
        self.process = subprocess.Popen(args, stdout=log, stderr=log, start_new_session=True,
                                        env=office_environment())
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        started = time.monotonic()
        deadline = started + self.timeout
        while True:
            if self.process.poll() is not None:
                status = self.process.returncode
                self.stop()
                raise RuntimeError("soffice exited with status %s %.2f s after its start, before it "
                                   "accepted on its pipe%s" % (status, time.monotonic() - started, self._log_tail()))
            try:
                self.context = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except (NoConnectException, UnoRuntimeException) as error:
                # The pipe can accept before soffice has registered its component context:
                # the bridge then answers the initial-object query with a boolean
                # ("initial object queryInterface ... returned ANY of type boolean", seen under
                # parallel load). Both mean: not ready yet; wait, bounded by the deadline.
                if isinstance(error, UnoRuntimeException) and "initial object" not in error.Message:
                    self.stop()
                    raise
                if time.monotonic() > deadline:
                    self.stop()
                    raise TimeoutError("soffice did not accept a connection in %ss%s" % (
                        self.timeout, self._log_tail()))
                time.sleep(0.2)  # polling the pipe: the wait is bounded by the deadline above
        return self

    def _log_tail(self):
        if not self.log_path or not os.path.exists(self.log_path):
            return ""
        with open(self.log_path, "rb") as log:
            tail = log.read()[-2000:].decode("utf-8", "replace").strip()
        return "; its output: " + tail if tail else "; it printed nothing"

    @property
    def desktop(self):
        return self.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.context)

    def service(self, name):
        return self.context.ServiceManager.createInstanceWithContext(name, self.context)

    def stop(self):
        if self.process is None:
            return
        try:
            if self.context is not None and self.process.poll() is None:
                try:
                    self.desktop.terminate()
                except Exception:
                    pass  # the bridge dies with the process: that is the point
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pass
        finally:
            if self.process.poll() is None:
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.process.wait(timeout=10)
            # oosplash may exit before its soffice.bin: a soffice.bin still holding the
            # profile would take over the next start on it (which then exits with 0).
            _kill_group_and_wait(self.process.pid)
            self.process = None
            self.context = None
            if getattr(self, "log", None):
                self.log.close()
                self.log = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def office_environment():
    """This process's environment for a soffice or unopkg it starts, without the
    URE_BOOTSTRAP that importing uno set: a child of another installation (a private copy)
    would bootstrap from this one's fundamentalrc ("null process service factory")."""
    return {name: value for name, value in os.environ.items() if name != "URE_BOOTSTRAP"}


def _kill_group_and_wait(pgid, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            return
        time.sleep(0.1)


class _Approve(unohelper.Base, XInteractionHandler):
    """Accepts the licence and every other question the installation asks."""

    def handle(self, request):
        if os.environ.get("APICHECKLIST_DEBUG"):
            try:
                print("interaction:", type(request.Request).__name__, getattr(request.Request, "Message", ""), flush=True)
            except Exception as error:
                print("interaction (unprintable):", error, flush=True)
        for continuation in request.getContinuations():
            if continuation.queryInterface(
                    uno.getTypeByName("com.sun.star.task.XInteractionApprove")):
                continuation.select()
                return


class _Progress(unohelper.Base, XProgressHandler):
    def push(self, status):
        pass

    def update(self, status):
        pass

    def pop(self):
        pass


class _Environment(unohelper.Base, XCommandEnvironment):
    def getInteractionHandler(self):
        return _Approve()

    def getProgressHandler(self):
        return _Progress()


def install_extension(office, oxt_path):
    """Installs the .oxt for the profile's user through the ExtensionManager API.

    unopkg refuses a per-user install as root; the API inside a soffice running on the
    throwaway profile works for root and non-root alike and never touches the shared
    installation."""
    manager = office.context.getValueByName(
        "/singletons/com.sun.star.deployment.ExtensionManager")
    channel = manager.createAbortChannel()
    package = manager.addExtension(file_url(oxt_path), (), "user", channel, _Environment())
    if package is None:
        raise RuntimeError("the ExtensionManager did not install %s" % oxt_path)
    return package


def installed_identifiers(office):
    manager = office.context.getValueByName(
        "/singletons/com.sun.star.deployment.ExtensionManager")
    found = []
    for package in manager.getDeployedExtensions("user", manager.createAbortChannel(), _Environment()):
        found.append(package.getIdentifier().Value)
    return found


class InstalledCatalog:
    """A catalog package installed with the helper (`apichecklist catalog install`) into
    `data_home`. Until restore(), this process and every soffice it starts look for
    installed catalogs there (APICHECKLIST_DATA_HOME), and so does the helper they run."""

    def __init__(self, cli, package, catalog_dir, data_home):
        self.saved = os.environ.get("APICHECKLIST_DATA_HOME")
        os.environ["APICHECKLIST_DATA_HOME"] = data_home
        installed = subprocess.run([cli, "catalog", "install", package], capture_output=True, text=True,
                                   timeout=60, env={**os.environ, "APICHECKLIST_CATALOG": catalog_dir})
        if installed.returncode != 0:
            self.restore()
            raise RuntimeError(installed.stderr)

    def restore(self):
        if self.saved is None:
            os.environ.pop("APICHECKLIST_DATA_HOME", None)
        else:
            os.environ["APICHECKLIST_DATA_HOME"] = self.saved


def open_private_copy(office, source, copy):
    """Opens a copy of `source` at `copy`, macros never run: no lock file of an earlier run
    can block the load and the source stays untouched. Returns None if soffice refused."""
    shutil.copy(source, copy)
    return office.desktop.loadComponentFromURL(file_url(copy), "_blank", 0, props(MacroExecutionMode=0))


def close_quietly(doc):
    try:
        doc.close(True)
    except Exception:
        pass  # already closed by the test


def open_deck(office, frame):
    """Maximizes the frame and opens the deck through the extension's own command."""
    maximize(frame)
    dispatcher = office.service("com.sun.star.frame.DispatchHelper")
    dispatcher.executeDispatch(frame, "org.apichecklist.sidebar:OpenDeck", "", 0, ())


def wait_until(predicate, timeout, what, interval=0.1):
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # the UI may still be building: retry until the deadline
            last_error = error
        time.sleep(interval)
    raise TimeoutError("timed out after %ss waiting for %s%s" % (
        timeout, what, " (last error: %s)" % last_error if last_error else ""))


def panel_state(office, frame, panel):
    """What the named panel of `frame` shows: {control: text, control + ".visible": bool}.

    Read through the extension's PanelInspector, which reads the panel's controls."""
    inspector = office.context.ServiceManager.createInstanceWithArgumentsAndContext(
        "org.apichecklist.sidebar.PanelInspector", (frame,), office.context)
    return {value.Name: value.Value for value in inspector.getByName(panel)}


# The sidebar's lists break an entry that is wider than the list over several lines; the
# further lines start with this indent (extension/src/wrapped_list.cpp).
CONTINUED = "\u3000\u3000"


def unwrapped(list_text):
    """A list's text as panel_state reads it (one line per row), each entry on one line."""
    return list_text.replace("\n" + CONTINUED, "")


def settle(office, seconds=0.3):
    """Lets soffice handle every pending event (layout, paint) before a screenshot."""
    toolkit = office.service("com.sun.star.awt.Toolkit")
    toolkit.processEventsToIdle()
    time.sleep(seconds)
    toolkit.processEventsToIdle()


def maximize(frame):
    window = frame.getContainerWindow()
    try:
        window.IsMaximized = True
    except Exception:
        window.setPosSize(0, 0, 1600, 1000, 15)
