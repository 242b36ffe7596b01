// SPDX-License-Identifier: GPL-3.0-or-later
// Extras that exist only for some releases: torchtext (up to torch 2.3), torch-tensorrt (the
// releases torch.json pairs with one, for the CUDA majors it has TensorRT wheels for) and NVIDIA
// Apex (the releases with a recorded Apex tag; a refusal names the gap in Apex's tags the release
// falls in, the other gaps, and the nearest releases with a tag); test-nn (PyTorch's
// test/test_nn.py) needs the source route. checkExtrasAvailable() says, from the matrix alone,
// why a chosen extra cannot be had and what to pick instead; Selection::validate() calls it, so
// `dlstack plan` refuses such a selection as bad input. Pure.
#pragma once

#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/support/error.h"

#include <optional>

namespace dlstack::matrix {

// The first chosen extra the release does not offer for the selection, in words; nullopt when
// every extra can be had.
std::optional<support::Error> checkExtrasAvailable(const Selection &selection, const TorchRelease &release,
                                                   const Matrix &matrix);

// "2.4.0 to 2.13.0": the oldest and newest release for which `has` holds; empty when none does.
QString releaseSpan(const Matrix &matrix, bool (*has)(const TorchRelease &));

} // namespace dlstack::matrix
