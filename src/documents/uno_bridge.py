"""One warm LibreOffice driven over UNO: starts soffice with its own profile, then converts on request.

Protocol (JSON lines): prints {"ready": true, "pid": <soffice pid>} once soffice answers; then for each
{"id": n, "input": "/x.docx", "output": "/x.pdf"} read on stdin, prints {"id": n, "ok": true} or
{"id": n, "ok": false, "error": "..."}. Exits when stdin closes (the worker is gone) or soffice dies,
killing its process group (started by the worker with detached: true) so no soffice outlives it.
Run with Debian's /usr/bin/python3, whose python3-uno provides the `uno` module.
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import DisposedException

CONNECT_TIMEOUT_S = 60


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_soffice(soffice, profile_dir, pipe_name):
    args = [
        soffice, '--headless', '--invisible', '--nocrashreport', '--nodefault', '--nologo', '--norestore',
        '--nolockcheck', f'-env:UserInstallation={uno.systemPathToFileUrl(profile_dir)}',
        f'--accept=pipe,name={pipe_name};urp;StarOffice.ComponentContext',
    ]
    return subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def connect(pipe_name, soffice_process):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.monotonic() + CONNECT_TIMEOUT_S
    while True:
        try:
            context = resolver.resolve(f'uno:pipe,name={pipe_name};urp;StarOffice.ComponentContext')
            return context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        except NoConnectException:
            if soffice_process.poll() is not None:
                raise RuntimeError(f'soffice exited with {soffice_process.returncode} before accepting connections')
            if time.monotonic() > deadline:
                raise RuntimeError(f'soffice did not accept connections within {CONNECT_TIMEOUT_S} s')
            time.sleep(0.1)


def filter_properties(filter_name, filter_data_json):
    """The same FilterData that `soffice --convert-to 'pdf:<filter>:<json>'` builds from its JSON options."""
    data = tuple(prop(name, spec['value'] if spec['type'] != 'long' else int(spec['value']))
                 for name, spec in json.loads(filter_data_json).items())
    filter_data = uno.Any('[]com.sun.star.beans.PropertyValue', data)
    return (prop('FilterName', filter_name), prop('FilterData', filter_data))


def convert(desktop, store_properties, input_path, output_path):
    load_properties = (prop('Hidden', True), prop('ReadOnly', True), prop('UpdateDocMode', 0))
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(input_path), '_blank', 0, load_properties)
    if document is None:
        raise RuntimeError(f'LibreOffice could not open {input_path}')
    try:
        uno.invoke(document, 'storeToURL', (uno.systemPathToFileUrl(output_path), store_properties))
    finally:
        document.close(True)


def warm_up(desktop, store_properties, profile_dir):
    """One export of an empty Writer document, so the first real conversion finds Writer and the PDF filter loaded."""
    document = desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, (prop('Hidden', True),))
    try:
        output = uno.systemPathToFileUrl(os.path.join(profile_dir, 'warm-up.pdf'))
        uno.invoke(document, 'storeToURL', (output, store_properties))
    finally:
        document.close(True)


def answer(message):
    sys.stdout.write(json.dumps(message) + '\n')
    sys.stdout.flush()


def die_with_group(code):
    # Our own process group (we lead it) holds soffice, oosplash and soffice.bin: take it down with us.
    if os.getpgid(0) == os.getpid():
        os.killpg(os.getpid(), signal.SIGKILL)
    os._exit(code)


def exit_when_soffice_dies(soffice_process):
    soffice_process.wait()
    die_with_group(3)


def serve(desktop, store_properties):
    for line in sys.stdin:
        request = json.loads(line)
        try:
            convert(desktop, store_properties, request['input'], request['output'])
            answer({'id': request['id'], 'ok': True})
        except DisposedException:
            die_with_group(3)  # soffice is gone: the worker sees us exit and retries elsewhere
        except Exception as error:  # noqa: BLE001 -- every failure is reported to the worker, which decides
            answer({'id': request['id'], 'ok': False, 'error': str(error)})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--soffice', required=True)
    parser.add_argument('--profile', required=True)
    parser.add_argument('--filter', required=True)
    parser.add_argument('--filter-data', required=True)
    args = parser.parse_args()
    pipe_name = f'acquitte-{os.getpid()}-{uuid.uuid4().hex[:8]}'
    soffice_process = start_soffice(args.soffice, args.profile, pipe_name)
    desktop = connect(pipe_name, soffice_process)
    threading.Thread(target=exit_when_soffice_dies, args=(soffice_process,), daemon=True).start()
    store_properties = filter_properties(args.filter, args.filter_data)
    warm_up(desktop, store_properties, args.profile)
    answer({'ready': True, 'pid': soffice_process.pid})
    serve(desktop, store_properties)
    die_with_group(0)


if __name__ == '__main__':
    try:
        main()
    except Exception as error:  # noqa: BLE001 -- a start failure is one line on stderr for the worker's log
        sys.stderr.write(f'uno_bridge: {error}\n')
        die_with_group(2)
