#!/usr/bin/env python3
"""Editor re-lint time of `cablelint lsp` (issue 10), as an LSP client sees it. Prints numbers; asserts nothing.

    bench/lsp_relint.py [--bin BIN] [--edits K] [--small FILE] [--large FILE | --large-bytes N] [--window S]

Starts `BIN lsp` on stdio (Content-Length framed JSON-RPC), initializes, opens the small cable (default the seed,
~11 KB) and sends K didChange notifications (full-text sync, version increasing, the text alternating between the
cable and the cable with a small edit), each time waiting for that document's textDocument/publishDiagnostics before
sending the next: the median of those round trips is the re-lint time. The same for the large cable (default the
seed's body repeated to ~1 MB). Then a burst: 20 didChange of the large cable back to back without waiting, and the
number of publishDiagnostics that arrive within S seconds (default 2) after the last was sent; a server that coalesces
changes publishes once, one that lints every change publishes 20. The shutdown request follows the window, so the
diagnostics before its reply are all the burst caused; the exit notification ends. Standard library only.
"""
import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, 'fixtures', 'seed', '09ASTANA1366.txt')
BURST = 20


def grown(seed, size):
    """The seed with its body (paragraph 1 up to the signature) repeated until the text is about `size` bytes."""
    start, end = seed.find('\n1. ('), seed.rfind('\nHOAGLAND\n')
    if start < 0 or end <= start:
        start, end = 0, len(seed)
    head, body, tail = seed[:start], seed[start:end], seed[end:]
    n = max(1, -(-(size - len(head) - len(tail)) // len(body)))
    return head + body * n + tail


def edited(text):
    """The text with a small change in the middle of its body: two characters appended to a line."""
    at = text.find('\n', len(text) // 2)
    return text + ' x' if at < 0 else text[:at] + ' x' + text[at:]


class Client:
    def __init__(self, argv):
        self.err = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.err)
        self.inbox = queue.Queue()   # (arrival time, message); None at end of output
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        try:
            while True:
                length = None
                while True:
                    line = out.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        if length is not None:
                            break
                        continue
                    name, _, value = line.partition(b':')
                    if name.strip().lower() == b'content-length':
                        length = int(value)
                body = out.read(length)
                if len(body) < length:
                    return
                self.inbox.put((time.perf_counter(), json.loads(body)))
        finally:
            self.inbox.put(None)

    def send(self, message):
        body = json.dumps(dict(jsonrpc='2.0', **message)).encode()
        try:
            self.proc.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
            self.proc.stdin.flush()
        except BrokenPipeError:
            raise SystemExit('lsp_relint: the server stopped reading (exit %s): %s'
                             % (self.proc.wait(), self.stderr())) from None

    def notify(self, method, params=None):
        self.send({'method': method} if params is None else {'method': method, 'params': params})

    def request(self, method, params=None):
        self.next_id += 1
        self.send({'id': self.next_id, 'method': method} if params is None else
                  {'id': self.next_id, 'method': method, 'params': params})
        return self.next_id

    def wait(self, accept, timeout=120):
        """The first message that `accept` takes (others are dropped), with its arrival time."""
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            try:
                item = self.inbox.get(timeout=max(left, 0))
            except queue.Empty:
                raise SystemExit('lsp_relint: no answer from the server within %d s' % timeout) from None
            if item is None:
                self.inbox.put(None)
                raise SystemExit('lsp_relint: the server ended its output (exit %s): %s'
                                 % (self.proc.poll(), self.stderr()))
            if accept(item[1]):
                return item

    def response(self, ident):
        return self.wait(lambda m: m.get('id') == ident and 'method' not in m)[1]

    def stderr(self):
        self.err.seek(0)
        return self.err.read().decode(errors='replace').strip()


def is_diagnostics(uri):
    return lambda m: m.get('method') == 'textDocument/publishDiagnostics' and m['params'].get('uri') == uri


def relint(client, uri, text, edits):
    """Opens the document, then `edits` didChange round trips: their times in seconds."""
    client.notify('textDocument/didOpen', {'textDocument': {'uri': uri, 'languageId': 'plaintext', 'version': 1,
                                                            'text': text}})
    client.wait(is_diagnostics(uri))
    variants = [edited(text), text]
    times = []
    for version in range(2, edits + 2):
        t0 = time.perf_counter()
        client.notify('textDocument/didChange', {'textDocument': {'uri': uri, 'version': version},
                                                 'contentChanges': [{'text': variants[version % 2]}]})
        t1, _ = client.wait(is_diagnostics(uri))
        times.append(t1 - t0)
    return times


def burst(client, uri, text, first_version, window):
    """BURST didChange back to back, then the shutdown request once `window` s have passed since the last was sent:
    the diagnostics that arrived within the window, all of them (before the shutdown reply, as the server handles
    messages in order) and when the last arrived, in seconds after the first didChange was sent (writes block while
    the server is busy, as a pipe holds 64 KB, so the last one is sent when the server has read it)."""
    variants = [edited(text), text]
    first = time.perf_counter()
    for version in range(first_version, first_version + BURST):
        client.notify('textDocument/didChange', {'textDocument': {'uri': uri, 'version': version},
                                                 'contentChanges': [{'text': variants[version % 2]}]})
    sent = time.perf_counter()
    time.sleep(window)
    shutdown = client.request('shutdown')
    accept = is_diagnostics(uri)
    in_window = total = 0
    last = None
    while True:
        arrived, message = client.wait(lambda m: accept(m) or (m.get('id') == shutdown and 'method' not in m))
        if not accept(message):
            return in_window, total, last - first if last is not None else None, message
        total += 1
        in_window += arrived <= sent + window
        last = arrived


def ms(seconds):
    return '%.1f ms' % (seconds * 1000)


def size(n):
    return '%.0f KB' % (n / 1024) if n < 1 << 20 else '%.1f MB' % (n / 1048576)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--bin', default=os.environ.get('CABLELINT_BIN') or os.path.join(ROOT, 'build', 'cablelint'))
    ap.add_argument('--edits', type=int, default=20, help='didChange round trips per cable (default 20)')
    ap.add_argument('--small', default=SEED, help='the small cable (default the seed)')
    ap.add_argument('--large', help='the large cable (default: the seed body repeated to --large-bytes)')
    ap.add_argument('--large-bytes', type=int, default=1 << 20)
    ap.add_argument('--window', type=float, default=2.0, help='seconds to count diagnostics after a burst')
    ap.add_argument('--indent', default='', help='prefix of every printed line')
    args = ap.parse_args()

    small = open(args.small, encoding='utf-8').read()
    large = open(args.large, encoding='utf-8').read() if args.large else grown(open(SEED, encoding='utf-8').read(),
                                                                               args.large_bytes)
    # Documents under an empty temporary directory, so that no .cablelint.yaml applies to them.
    with tempfile.TemporaryDirectory(prefix='cablelint-lsp-') as tmp:
        uri_small = 'file://' + os.path.join(tmp, 'small.txt')
        uri_large = 'file://' + os.path.join(tmp, 'large.txt')
        client = Client([args.bin, 'lsp'])
        init = client.response(client.request('initialize', {
            'processId': os.getpid(), 'rootUri': None, 'clientInfo': {'name': 'bench/lsp_relint.py'},
            'capabilities': {'general': {'positionEncodings': ['utf-16']},
                             'textDocument': {'publishDiagnostics': {'relatedInformation': True}}}}))
        sync = init.get('result', {}).get('capabilities', {}).get('textDocumentSync')
        change = sync.get('change') if isinstance(sync, dict) else sync
        if change not in (1, 2):
            print('lsp_relint: the server offers textDocumentSync change %r; sending full texts anyway' % change,
                  file=sys.stderr)
        client.notify('initialized', {})

        p = args.indent
        small_times = relint(client, uri_small, small, args.edits)
        large_times = relint(client, uri_large, large, args.edits)
        in_window, total, last, reply = burst(client, uri_large, large, args.edits + 2, args.window)
        for label, text, times in (('small', small, small_times), ('large', large, large_times)):
            print('%s%-31s %10s   (min %s, max %s; %d edits)' % (
                p, 're-lint %s cable' % size(len(text.encode())), ms(statistics.median(times)),
                ms(min(times)), ms(max(times)), len(times)))
        print('%s%-31s %10s   (%d didChange of the %s cable back to back; %d in all; ideally 1)' % (
            p, 'burst: publishDiagnostics', '%d in %g s' % (in_window, args.window), BURST,
            size(len(large.encode())), total))
        if last is not None:
            print('%s%-31s %10s   (after the first didChange was sent)' % (p, 'burst: last diagnostics', ms(last)))
        if 'error' in reply:
            print('lsp_relint: shutdown answered with an error: %s' % reply['error'], file=sys.stderr)
        client.notify('exit')
        client.proc.stdin.close()
        try:
            code = client.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            client.proc.kill()
            client.proc.wait()
            raise SystemExit('lsp_relint: the server did not exit within 30 s of the exit notification')
        if code != 0 or client.stderr():
            print('lsp_relint: the server exited with %d%s' % (code, ': ' + client.stderr() if client.stderr() else ''),
                  file=sys.stderr)
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
