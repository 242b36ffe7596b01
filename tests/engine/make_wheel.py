# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a minimal pure-Python wheel, tinypkg 1.0, into the directory given as argv[1].
import base64, hashlib, sys, zipfile
out = sys.argv[1] + "/tinypkg-1.0-py3-none-any.whl"
files = {
    "tinypkg/__init__.py": b"ANSWER = 42\n",
    "tinypkg-1.0.dist-info/METADATA": b"Metadata-Version: 2.1\nName: tinypkg\nVersion: 1.0\n",
    "tinypkg-1.0.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
record = ""
for name, data in files.items():
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    record += f"{name},sha256={digest},{len(data)}\n"
record += "tinypkg-1.0.dist-info/RECORD,,\n"
with zipfile.ZipFile(out, "w") as z:
    for name, data in files.items():
        z.writestr(name, data)
    z.writestr("tinypkg-1.0.dist-info/RECORD", record)
