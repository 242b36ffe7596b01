#!/usr/bin/env python3
# Written by dlstack: checks an installed PyTorch against what the plan promised.
# Prints one JSON report on stdout; each problem also as "verify: ..." on stderr.
import argparse, json, os, sys, tempfile

parser = argparse.ArgumentParser()
parser.add_argument("--expect", default="{}", help="JSON: torch, torchvision, torchaudio, torchtext, opencv, backend, gpus")
parser.add_argument("--no-extension", action="store_true")
args = parser.parse_args()
expect = json.loads(args.expect)
report = {"ok": False, "python": sys.version.split()[0], "executable": sys.executable, "problems": []}
problems = report["problems"]


def finish():
    report["ok"] = not problems
    print(json.dumps(report, indent=1, sort_keys=True))
    for problem in problems:
        print("verify: " + problem, file=sys.stderr)
    sys.exit(0 if report["ok"] else 1)


try:
    import torch
except Exception as error:  # ImportError, missing libraries, ABI mismatches
    problems.append("torch cannot be imported by %s: %s" % (sys.executable, error))
    finish()

report["torch"] = getattr(torch, "__version__", "unknown")
if "torch" in expect and report["torch"].split("+")[0] != expect["torch"]:
    problems.append("torch is %s but the plan installs %s" % (report["torch"], expect["torch"]))
for name in ("torchvision", "torchaudio", "torchtext"):
    if name not in expect:
        continue
    try:
        module = __import__(name)
        report[name] = module.__version__
        if module.__version__.split("+")[0] != expect[name]:
            problems.append("%s is %s but the plan installs %s" % (name, module.__version__, expect[name]))
    except Exception as error:
        problems.append("%s cannot be imported: %s" % (name, error))

if "opencv" in expect:
    try:
        import cv2
        report["opencv"] = cv2.__version__
        if expect["opencv"] == "cuda":
            report["opencv_cuda_devices"] = cv2.cuda.getCudaEnabledDeviceCount()
            if expect.get("gpus", 0) and report["opencv_cuda_devices"] < 1:
                problems.append("OpenCV %s sees no CUDA device: built without CUDA, or the driver is missing" % cv2.__version__)
    except Exception as error:
        problems.append("cv2 (OpenCV) cannot be imported: %s" % error)

backend = expect.get("backend", "cpu")
try:
    report["cuda_build"] = torch.version.cuda
    report["hip_build"] = getattr(torch.version, "hip", None)
    report["gpu_available"] = torch.cuda.is_available()
    count = torch.cuda.device_count() if report["gpu_available"] else 0
    report["devices"] = [torch.cuda.get_device_name(i) for i in range(count)]
except Exception as error:
    problems.append("this torch has no usable torch.cuda/torch.version (%s); is it a real PyTorch build?" % error)
    finish()

if backend == "cuda" and not report["cuda_build"]:
    problems.append("the plan installs a CUDA build but torch %s was built without CUDA" % report["torch"])
if backend == "rocm" and not report["hip_build"]:
    problems.append("the plan installs a ROCm build but torch %s was built without HIP" % report["torch"])
if backend in ("cuda", "rocm") and not report["gpu_available"]:
    problems.append("torch sees no GPU (driver not loaded, wrong build, or CUDA_VISIBLE_DEVICES empty)")
if expect.get("gpus", 0) and len(report["devices"]) != expect["gpus"]:
    problems.append("torch sees %d GPUs, the machine has %d" % (len(report["devices"]), expect["gpus"]))

report["matmul"] = []
torch.manual_seed(0)
a = torch.randn(256, 256)
reference = (a @ a).sum().item()
for i in range(len(report["devices"])):
    try:
        value = (a.to("cuda:%d" % i) @ a.to("cuda:%d" % i)).sum().item()
        good = abs(value - reference) <= 1e-2 * max(1.0, abs(reference))
        report["matmul"].append({"device": i, "ok": good})
        if not good:
            problems.append("matmul on GPU %d differs from the CPU: %r vs %r" % (i, value, reference))
    except Exception as error:
        problems.append("matmul on GPU %d failed: %s" % (i, error))

if not args.no_extension:
    try:
        from torch.utils.cpp_extension import load_inline, CUDA_HOME
        cpp = "at::Tensor add_one(at::Tensor x) { return x + 1; }"
        functions = ["add_one"]
        cuda_src = None
        if backend == "cuda" and CUDA_HOME:
            cpp += "\nat::Tensor scale_cuda(at::Tensor x);"
            cuda_src = ("__global__ void k(float* p, int n) { int i = blockIdx.x * blockDim.x + threadIdx.x; if (i < n) p[i] *= 2; }\n"
                        "at::Tensor scale_cuda(at::Tensor x) { auto y = x.clone(); int n = y.numel();"
                        " k<<<(n + 255) / 256, 256>>>(y.data_ptr<float>(), n); return y; }")
            functions.append("scale_cuda")
        build = tempfile.mkdtemp(prefix="dlstack-ext-")
        ext = load_inline("dlstack_verify_ext", cpp_sources=cpp, cuda_sources=cuda_src, functions=functions,
                          build_directory=build, verbose=False)
        report["extension"] = {"cpp": bool(ext.add_one(torch.zeros(2)).eq(1).all().item())}
        if cuda_src and report["devices"]:
            y = ext.scale_cuda(torch.ones(300, device="cuda"))
            report["extension"]["cuda"] = bool(y.eq(2).all().item())
        if not all(report["extension"].values()):
            problems.append("the test extension built but computed wrong results")
    except Exception as error:
        problems.append("building a C++/CUDA extension with torch.utils.cpp_extension failed: %s" % error)

finish()
