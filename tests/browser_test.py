#!/usr/bin/python3
"""The web page in a real browser: Debian's chromium, headless, driven through
the DevTools protocol (python3-websocket).

It starts `precis serve`, loads the page, pastes the bundled example's three
articles, asks for a summary, and checks that the summary, its citations, the
highlighted source span and the two name differences appear. It saves a
screenshot.

usage: browser_test.py PRECIS_BINARY EXAMPLE_DIR SCREENSHOT.png
"""
import base64
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

TIMEOUT = 60  # Seconds for each wait.


def fail(message):
    sys.exit(f"browser test: {message}")


def wait_for(what, check, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    fail(f"timed out waiting for {what}")


def start_server(binary):
    server = subprocess.Popen([binary, "serve", "--port", "0"], stderr=subprocess.PIPE, text=True)
    line = server.stderr.readline()
    match = re.search(r"serving (http://[\d.]+:\d+)/", line)
    if not match:
        server.kill()
        fail(f"precis serve did not start: {line.strip()!r}")
    return server, match.group(1)


def start_browser(profile):
    chromium = shutil.which("chromium")
    if not chromium:
        fail("chromium is not installed (Debian package chromium)")
    browser = subprocess.Popen(
        [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--no-proxy-server", "--no-first-run", "--remote-debugging-port=0",
         f"--user-data-dir={profile}", "--window-size=1400,1000", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = os.path.join(profile, "DevToolsActivePort")
    port = wait_for("the DevTools port",
                    lambda: os.path.exists(port_file) and open(port_file).read().split("\n")[0])
    # Loopback only: no proxy from the environment.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def page_target():
        try:
            targets = json.load(opener.open(f"http://127.0.0.1:{port}/json/list", timeout=5))
        except OSError:
            return None
        return next((t for t in targets if t.get("type") == "page"), None)

    target = wait_for("a page target", page_target)
    return browser, websocket.create_connection(target["webSocketDebuggerUrl"], timeout=TIMEOUT,
                                                suppress_origin=True)


class DevTools:
    def __init__(self, socket):
        self.socket = socket
        self.ids = itertools.count(1)

    def call(self, method, **params):
        call_id = next(self.ids)
        self.socket.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == call_id:
                if "error" in message:
                    fail(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            fail(f"script failed: {result['exceptionDetails'].get('text')}: {expression[:80]}")
        return result["result"].get("value")


def main():
    binary, example_dir, screenshot = sys.argv[1:4]
    articles = []
    for name in sorted(os.listdir(example_dir)):
        with open(os.path.join(example_dir, name), encoding="utf-8") as f:
            articles.append((os.path.splitext(name)[0], f.read()))
    server, base = start_server(binary)
    profile = tempfile.mkdtemp(prefix="precis-browser-")
    browser = None
    try:
        browser, socket = start_browser(profile)
        tools = DevTools(socket)
        tools.call("Page.enable")
        tools.call("Page.navigate", url=base + "/")
        wait_for("the page and its method list", lambda: tools.evaluate(
            "document.readyState === 'complete' && document.querySelectorAll('#method option')"
            ".length > 1"))
        # Paste the articles as a reader would: one box each.
        tools.evaluate("document.getElementById('articles').replaceChildren();" + "".join(
            f"addArticle({json.dumps(doc_id)}, {json.dumps(text)});" for doc_id, text in articles))
        tools.evaluate("document.getElementById('words').value = '60';"
                       "document.getElementById('run').click(); true")
        count = wait_for("the summary", lambda: tools.evaluate(
            "document.querySelectorAll('#summary .sentence').length"))
        cites = tools.evaluate("[...document.querySelectorAll('#summary .cite')]"
                               ".map(e => e.textContent)")
        ids = [doc_id for doc_id, _ in articles]
        if not all(any(i in c for i in ids) for c in cites) or len(cites) != count:
            fail(f"citations do not name the documents: {cites}")
        # Pointing at the first sentence highlights it in its source.
        sentence = tools.evaluate(
            "const s = document.querySelector('#summary .sentence');"
            "s.dispatchEvent(new MouseEvent('mouseenter')); s.textContent")
        marked = tools.evaluate("(document.querySelector('#source mark') || {}).textContent")
        if not marked or " ".join(marked.split())[:40] != " ".join(sentence.split())[:40]:
            fail(f"the source highlight {marked!r} is not the sentence {sentence!r}")
        analysis = wait_for("the agreement report", lambda: tools.evaluate(
            "document.getElementById('analysis').textContent.includes('Differences') && "
            "document.getElementById('analysis').textContent"))
        for needed in ("Differences (2)", "Guardians for Peace", "Steve Carell",
                       "We have found linkage to the North Korean government"):
            if needed not in analysis:
                fail(f"the agreement report lacks {needed!r}")
        error = tools.evaluate("document.getElementById('error').textContent")
        if error:
            fail(f"the page shows an error: {error}")
        shot = tools.call("Page.captureScreenshot", format="png",
                          captureBeyondViewport=False)["data"]
        os.makedirs(os.path.dirname(os.path.abspath(screenshot)), exist_ok=True)
        with open(screenshot, "wb") as f:
            f.write(base64.b64decode(shot))
        print(f"{count} summary sentences with citations, the source highlight and the "
              f"differences shown; screenshot in {screenshot}")
    finally:
        if browser:
            browser.kill()
            browser.wait()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
