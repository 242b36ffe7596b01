// SPDX-License-Identifier: GPL-3.0-or-later
// DownloadStep: fetches a file into the prefix or cache through net::Downloader; resumable (keeps <to>.part).
#pragma once

#include "core/engine/step.h"

namespace dlstack::engine {

class DownloadStep final : public Step
{
public:
    explicit DownloadStep(plan::Step step) : m_step(std::move(step)) {}
    bool resumable() const override;
    std::optional<support::Error> perform(StepContext &context) override;

private:
    plan::Step m_step;
};

} // namespace dlstack::engine
