// SPDX-License-Identifier: GPL-3.0-or-later
// The words PyTorch's collect_env prints where it has no value, so that no reader takes one
// for a fact (a GPU named "No CUDA", a driver "Could not collect"). The set is the one
// torch/utils/collect_env.py writes, read from its source in every layout from 2018 (the
// namedtuple with `cuda_runtime_version`, `nvidia_gpu_models`, ...) to 2026 (XPU, HIP, CPU
// and allocator fields); derived scripts (vLLM's collect_env, which copies pretty_str) print
// the same words:
//   replace_nones()        None                      -> "Could not collect"
//   replace_bools()        False                     -> "No"
//   pretty_str()           torch without CUDA        -> "No CUDA" (runtime, GPUs, driver, cuDNN),
//                                                       "None" (CUDA used to build PyTorch)
//   get_env_info() & co.   no torch, no HIP, no XPU,
//                          not Linux, unset config   -> "N/A"
//   replace_if_empty()     no pip/conda match        -> "No relevant packages"
//   get_cpu_info()         lscpu failed              -> "None"
//   get_gpu_info()         ROCm torch without
//                          gcnArchName               -> name + "NoGCNArchNameOnOldPyTorch"
//   get_cudnn_version()    several libraries         -> "Probably one of the following:" + paths
// Pure functions.
#pragma once

#include <QString>

namespace dlstack::probe::collectenv {

// True when `value` (one field's text, trimmed) is one of collect_env's placeholders, or empty.
bool isPlaceholder(const QString &value);

// A device name without the suffix get_gpu_info() glues to ROCm devices of old PyTorch
// ("AMD Instinct MI100NoGCNArchNameOnOldPyTorch" -> "AMD Instinct MI100"); empty when nothing remains.
QString withoutPlaceholderSuffix(const QString &name);

// "Probably one of the following:", the lead-in of get_cudnn_version()'s list of libraries.
bool isListLeadIn(const QString &value);

} // namespace dlstack::probe::collectenv
