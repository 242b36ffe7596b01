#!/usr/bin/env python3
# Written by dlstack: checks an installed PyTorch against what the plan promised.
# Prints one JSON report on stdout; each problem also as "verify: ..." on stderr.
import argparse, json, os, sys, tempfile

parser = argparse.ArgumentParser()
parser.add_argument("--expect", default="{}",
                    help="JSON: torch, torchvision, torchaudio, torchtext, opencv, apex, torch_tensorrt, "
                         "backend (cpu, cuda, rocm, xpu), gpus")
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
# The device module the GPUs are reached through: torch.cuda (CUDA and ROCm), torch.xpu (Intel).
device_type = "xpu" if backend == "xpu" else "cuda"
try:
    report["cuda_build"] = torch.version.cuda
    report["hip_build"] = getattr(torch.version, "hip", None)
    if backend == "xpu":
        report["xpu_build"] = hasattr(torch, "xpu") and hasattr(torch.xpu, "is_available")
        accel = torch.xpu if report["xpu_build"] else None
    else:
        accel = torch.cuda
    report["gpu_available"] = bool(accel and accel.is_available())
    count = accel.device_count() if report["gpu_available"] else 0
    report["devices"] = [accel.get_device_name(i) for i in range(count)]
except Exception as error:
    problems.append("this torch has no usable torch.%s/torch.version (%s); is it a real PyTorch build?"
                    % (device_type, error))
    finish()

if backend == "cuda" and not report["cuda_build"]:
    problems.append("the plan installs a CUDA build but torch %s was built without CUDA" % report["torch"])
if backend == "rocm" and not report["hip_build"]:
    problems.append("the plan installs a ROCm build but torch %s was built without HIP" % report["torch"])
if backend == "xpu" and not report["xpu_build"]:
    problems.append("the plan installs an XPU build but torch %s has no torch.xpu" % report["torch"])
elif backend == "xpu" and not report["gpu_available"]:
    problems.append("torch.xpu sees no Intel GPU (GPU driver or Level Zero missing, or ZE_AFFINITY_MASK empty)")
if backend in ("cuda", "rocm") and not report["gpu_available"]:
    problems.append("torch sees no GPU (driver not loaded, wrong build, or CUDA_VISIBLE_DEVICES empty)")
if backend == "xpu" and expect.get("gpus", 0) and len(report["devices"]) < expect["gpus"]:
    # Level Zero may also list an integrated GPU the profile does not count.
    problems.append("torch.xpu sees %d Intel GPUs, the machine has %d" % (len(report["devices"]), expect["gpus"]))
elif backend != "xpu" and expect.get("gpus", 0) and len(report["devices"]) != expect["gpus"]:
    problems.append("torch sees %d GPUs, the machine has %d" % (len(report["devices"]), expect["gpus"]))

report["matmul"] = []
torch.manual_seed(0)
a = torch.randn(256, 256)
reference = (a @ a).sum().item()
for i in range(len(report["devices"])):
    try:
        device = "%s:%d" % (device_type, i)
        value = (a.to(device) @ a.to(device)).sum().item()
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
        cuda_src = None  # an XPU build gets the C++ extension only (SYCL extensions need Intel's compiler)
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

def check_apex(want):
    """As the Apex guides do: import apex, apex.parallel.DistributedDataParallel (tags before
    25.07 still have it), and a fused op from the CUDA extension, forward and backward on the GPU."""
    try:
        import apex
    except Exception as error:
        problems.append("apex cannot be imported: %s" % error)
        return
    result = {"ref": want.get("ref")}
    report["apex"] = result
    if want.get("ddp", True):
        try:
            import apex.parallel
            result["ddp"] = hasattr(apex.parallel, "DistributedDataParallel")
        except Exception as error:
            result["ddp"] = False
            problems.append("apex.parallel cannot be imported: %s" % error)
        if not result["ddp"]:
            problems.append("apex.parallel.DistributedDataParallel is missing from this Apex")
    if not report["devices"]:
        return
    try:
        import fused_layer_norm_cuda  # the CUDA extension FusedLayerNorm runs on; absent without --cuda_ext
        from apex.normalization import FusedLayerNorm
        torch.manual_seed(0)
        norm = FusedLayerNorm(64).cuda()
        x = torch.randn(16, 64, device="cuda", requires_grad=True)
        y = norm(x)
        y.sum().backward()
        ref_x = x.detach().clone().requires_grad_(True)
        ref = torch.nn.functional.layer_norm(ref_x, (64,), norm.weight.detach(), norm.bias.detach())
        ref.sum().backward()
        good = torch.allclose(y, ref, atol=1e-4) and torch.allclose(x.grad, ref_x.grad, atol=1e-4)
        result["fused_layer_norm"] = bool(good)
        if not good:
            problems.append("apex FusedLayerNorm on the GPU differs from torch.nn.functional.layer_norm")
    except Exception as error:
        problems.append("apex FusedLayerNorm forward/backward on the GPU failed: %s" % error)


def check_tensorrt(wanted):
    """torch_tensorrt and tensorrt import; torch_tensorrt is the planned release; a one-layer
    (ReLU) TensorRT engine is built and run on the GPU and compared with torch.relu."""
    try:
        import tensorrt as trt
        import torch_tensorrt
    except Exception as error:
        problems.append("torch_tensorrt/tensorrt cannot be imported: %s" % error)
        return
    result = {"torch_tensorrt": torch_tensorrt.__version__, "tensorrt": trt.__version__}
    report["tensorrt"] = result
    if torch_tensorrt.__version__.split("+")[0] != wanted:
        problems.append("torch_tensorrt is %s but the plan installs %s" % (torch_tensorrt.__version__, wanted))
    if not report["devices"]:
        return
    try:
        logger = trt.Logger(trt.Logger.WARNING)
        builder = trt.Builder(logger)
        flag = getattr(trt.NetworkDefinitionCreationFlag, "EXPLICIT_BATCH", None)
        network = builder.create_network(0 if flag is None else 1 << int(flag))
        x = network.add_input("x", trt.float32, (4, 8))
        relu = network.add_activation(x, trt.ActivationType.RELU)
        relu.get_output(0).name = "y"
        network.mark_output(relu.get_output(0))
        config = builder.create_builder_config()
        config.set_memory_pool_limit(trt.MemoryPoolType.WORKSPACE, 1 << 26)
        serialized = builder.build_serialized_network(network, config)
        if serialized is None:
            problems.append("TensorRT could not build an engine on this GPU")
            return
        engine = trt.Runtime(logger).deserialize_cuda_engine(serialized)
        context = engine.create_execution_context()
        torch.manual_seed(0)
        inp = torch.randn(4, 8, device="cuda")
        out = torch.empty(4, 8, device="cuda")
        context.set_tensor_address("x", inp.data_ptr())
        context.set_tensor_address("y", out.data_ptr())
        stream = torch.cuda.current_stream()
        if not context.execute_async_v3(stream.cuda_stream):
            problems.append("the TensorRT engine did not run")
            return
        stream.synchronize()
        result["engine"] = bool(torch.equal(out, torch.relu(inp)))
        if not result["engine"]:
            problems.append("the TensorRT engine computed a different ReLU than torch")
    except Exception as error:
        problems.append("building or running a TensorRT engine on the GPU failed: %s" % error)


if "apex" in expect:
    check_apex(expect["apex"])
if "torch_tensorrt" in expect:
    check_tensorrt(expect["torch_tensorrt"])

finish()
