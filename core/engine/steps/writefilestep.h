// SPDX-License-Identifier: GPL-3.0-or-later
// WriteFileStep: writes content atomically (temp sibling, fsync, rename), backing up an existing
// file first; a symlink in its place is backed up and restored as the link, never written through.
#pragma once

#include "core/engine/step.h"

namespace dlstack::engine {

class WriteFileStep final : public Step
{
public:
    explicit WriteFileStep(plan::Step step) : m_step(std::move(step)) {}
    bool resumable() const override;
    std::optional<support::Error> perform(StepContext &context) override;

private:
    plan::Step m_step;
};

} // namespace dlstack::engine
