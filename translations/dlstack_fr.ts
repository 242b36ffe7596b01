<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the directory exists, is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackendRule</name>
    <message>
        <source>This machine has an AMD GPU (%1): pick a ROCm build (--rocm), or a CPU-only build (--cpu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu), or run the check on the machine with the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVIDIA GPU was found, so a CUDA build of PyTorch has nothing to run on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AMD GPU was found, so a ROCm build of PyTorch has nothing to run on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has an NVIDIA GPU: pick a CUDA build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPU-only build will not use the %1 in this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`dlstack recommend` lists GPU builds that run on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under WSL the NVIDIA driver comes from Windows; do not install a Linux NVIDIA driver inside WSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the driver on the Windows side when a newer one is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Use either --profile or --import, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a profile written by `dlstack detect --json` (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a format dlstack knows (see `dlstack import --help`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks one PyTorch selection against this machine (or a saved or imported profile) and says what blocks it and what to do. Exit code: 0 ok or warnings, 1 blocked, 2 bad arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile written by `dlstack detect --json`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the profile from pasted tool output (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch version (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA version, e.g. 12.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm version, e.g. 6.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-only build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python version, e.g. 3.11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prebuilt (default) or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install into this existing environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_JOBS for a source build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {verdict, findings} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no positional arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cuda, --rocm and --cpu contradict each other; give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PyTorch version with --torch (see `dlstack matrix`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-jobs needs a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend given: checking the default %1 wheels of torch %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>PyTorch %1 is not in the tested matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1 is not in the tested matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a CUDA version listed by `dlstack matrix --torch %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm %1 is not in the tested matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a ROCm version listed by `dlstack matrix --torch %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 has no official %2 wheels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the published variants (%1), or build from source (--route source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 was not released with CUDA %2; a build may work but was not tested by PyTorch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer a CUDA version of its wheels (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run a plan&apos;s stages; running it again resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the state of each stage installed into a prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo installed stages, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== stage %1: already done, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== stage %1: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== stage %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a plan; running it again resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file (JSON, docs/plan-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stages and steps; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one plan file: dlstack install PLAN.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no stage &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install &quot;%1&quot; into %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install stopped; run the same command to resume, or `dlstack rollback` to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the root cause of a failed build from its log, with a remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tested PyTorch, CUDA, ROCm and Python combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check one PyTorch selection against a machine and say what blocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the PyTorch selections that will work on a machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan an install (JSON plan, bash script or Dockerfile) for a selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect GPUs, drivers, CUDA, compilers and Python environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a profile of another machine from pasted tool output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back every stage, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dlstack rollback --prefix P (--stage ID | --all) [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1 in %2? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dlstack status --prefix P [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was installed into %1 by dlstack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dlstack &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `dlstack &lt;command&gt; --help` for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CmakeRule</name>
    <message>
        <source>No cmake was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build environment gets one with pip install &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building PyTorch %1 needs CMake %2 or newer; you have %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip install &quot;%1&quot; in the build environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMake %1 removed compatibility with cmake_minimum_required below 3.5, which PyTorch %2&apos;s third-party code still declares; the configure step fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set CMAKE_POLICY_VERSION_MINIMUM=3.5 (dlstack&apos;s plan does), or pip install &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMake %1 has a known problem with this build: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionsRule</name>
    <message>
        <source>%1 has no release for PyTorch %2 (its development stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop %1, or pick torch 2.3 or older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not go with PyTorch %3; its partner is %1 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1==%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing of %1 %2 with PyTorch %3 is not confirmed by a primary source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the release notes before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment has %1 %2; PyTorch %3 needs %1 %4, which will replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompilerProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompilerRule</name>
    <message>
        <source>PyTorch %1 needs gcc %2 or newer, but CUDA %3&apos;s nvcc accepts gcc up to %4: no compiler satisfies both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a newer CUDA for this release, or an older PyTorch for this CUDA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo apt install gcc-%1 g++-%1 (or in a conda env: conda install -c conda-forge gcc=%1 gxx=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gcc was found; building PyTorch from source needs a C++%1 compiler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default gcc %1 does not fit this build; %2 (gcc %3) does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build with CC=%1 CXX=%2 CUDAHOSTCXX=%2 (dlstack&apos;s plan sets them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install gcc %1: %2, and build with CC=gcc-%1 CXX=g++-%1 CUDAHOSTCXX=g++-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; or pick CUDA %1, whose nvcc accepts gcc %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1&apos;s nvcc accepts gcc up to %2; your gcc is %3 (&quot;unsupported GNU version&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building PyTorch %1 needs gcc %2 or newer; your gcc is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a newer gcc: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CondaLocator</name>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CudaToolkitProbe</name>
    <message>
        <source>Found a CUDA toolkit directory at %1 but could not tell its version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a CUDA version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 --version did not report a version (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CudnnProbe</name>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not state a cuDNN version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>Detects GPUs, the NVIDIA driver, CUDA toolkits, cuDNN, ROCm, compilers, build tools, conda installations and Python environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the profile as JSON (docs/profile-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every raw output and file read in DIR, to replay elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a detection saved with --save-raw instead of looking at this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure free disk space at PATH (default: the home directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also inspect the Python environment at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect takes no arguments; did you mean `dlstack import %1`?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw outputs saved in %1; replay them with `dlstack detect --replay %1`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a profile written by `dlstack detect --json` (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known cause of failure was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the root cause of a failed build or install in its log and says what to do. Reads plain, .gz and .xz files, and standard input for -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the diagnoses as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill remedies with facts of this machine profile (dlstack detect --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one log file (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 416 for a resumed download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriverRule</name>
    <message>
        <source> (on the Windows side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but not loaded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot; if it stays unloaded, check `sudo dmesg | grep -i nvidia` (Secure Boot can block an unsigned module).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVIDIA driver was found; CUDA %1 needs driver %2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 or newer%2 (Ubuntu: sudo ubuntu-drivers install), then reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 or newer%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or pick CUDA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer; you have %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer for its full feature set (PTX JIT, the toolkit&apos;s own checks); you have %3, which runs it only through minor-version compatibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 or newer%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 or newer%2, or pick CUDA %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver %1 is older than CUDA %2&apos;s own driver %3; the wheels run through CUDA minor-version compatibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If kernels compiled at run time fail (PTX JIT), install %1 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentRules</name>
    <message>
        <source>PyTorch %1 was built against NumPy 1.x, and the environment has numpy %2: &quot;A module that was compiled using NumPy 1.x cannot be run in NumPy 2.x&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip install &quot;numpy&lt;2&quot; in the environment, or pick torch %1 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 needs NumPy 1.x; the new environment gets numpy&lt;2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 no longer ships distutils, which the build scripts of PyTorch %2 (made for Python up to %3) still import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Python %1, or install setuptools in the build environment (it provides a distutils shim).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExistingEnvRule</name>
    <message>
        <source>its CUDA %1 needs driver %2, you have %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no kernels for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment %1 is not in the profile, so its Python and packages are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `dlstack detect --env %1` and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment %1 holds torch %2, which cannot use this machine&apos;s GPU: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install replaces it; anything built against it must be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch %1 is already installed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment %1 holds torch %2; installing torch %3 replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages built against torch %1 (C++/CUDA extensions, apex) must be rebuilt; a new environment avoids that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the activation command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the check command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate the environment in a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Then check that PyTorch works:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is planned but was not installed by this wizard. Once it is, use it like this:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuArchRule</name>
    <message>
        <source>pick the %1 wheels of torch %2 (they cover %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick torch %1 with the %2 wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute capability of %1 is not known, so dlstack cannot tell whether the kernels cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look it up on https://developer.nvidia.com/cuda-gpus, or run the check on that machine with a working driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CUDA toolkit in the matrix targets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick CUDA %1, which targets %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1 cannot compile for %2 (%3); its oldest target is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1 cannot compile for %2 (%3); its newest target is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1 deprecates %2; the next major CUDA drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen arch list (%1) has no code for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to TORCH_CUDA_ARCH_LIST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix it, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or build from source with CUDA %1 and TORCH_CUDA_ARCH_LIST=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have no native kernels for %3 (%4); they run by JIT-compiling PTX, which makes the first start slow and may miss kernels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have kernels for %3, not for %4 (%5): PyTorch would fail with &quot;no kernel image is available for execution on the device&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardsRule</name>
    <message>
        <source>The open-source nouveau driver is loaded; the NVIDIA driver cannot be installed while it holds the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the driver from your distribution&apos;s packages (they blacklist nouveau), or blacklist it, run sudo update-initramfs -u and reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot is on: a newly built NVIDIA kernel module must be signed, or it will not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your distribution&apos;s driver packages and enrol the MOK key when asked at the next boot, or disable Secure Boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headers of the running kernel are missing; DKMS cannot build the NVIDIA module without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo apt install linux-headers-$(uname -r) (or your distribution&apos;s kernel-devel package) before installing the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver was installed both from packages and by a runfile; upgrades then leave mismatched libraries (&quot;Driver/library version mismatch&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the runfile driver (sudo nvidia-uninstall) and keep the packaged one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA toolkits were installed both from packages and by runfiles; the build may pick up headers and libraries of different versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlstack&apos;s plan sets CUDA_HOME explicitly; remove the toolkit you do not need to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several CUDA toolkits are on PATH; the build could mix their nvcc and libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlstack&apos;s plan sets CUDA_HOME and PATH for the build; in your shell, keep only one toolkit on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>The number of CPU cores could not be read from /proc/cpuinfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory size could not be read from /proc/meminfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free space at %1 could not be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither /etc/os-release nor /usr/lib/os-release could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open-source nouveau driver is loaded; the NVIDIA driver cannot be installed while it is. Blacklist nouveau and reboot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot is on: an NVIDIA kernel module that is not signed with an enrolled key will be refused at load time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kernel headers for the running kernel %1: a driver install cannot build its module. Install linux-headers-%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several CUDA toolkits are on PATH / LD_LIBRARY_PATH (%1): builds may mix nvcc and libraries of different versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Builds a profile of another machine from text its owner sent: python -m torch.utils.collect_env, nvidia-smi (table, csv, -q), /proc/driver/nvidia/version, lspci, nvcc --version, rocminfo, rocm-smi, ROCm&apos;s .info/version, hipcc --version, conda info (plain or --json), conda env list, environments.txt, cudnn_version.h, gcc --version, cmake --version, /etc/os-release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the profile as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files to read; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file to import (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a format dlstack knows. It reads the output of collect_env, nvidia-smi, nvcc, rocminfo, conda info and the other tools listed in `dlstack import --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage can be rolled back on its own. The log shows every line of output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of dlstack cannot run installs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot run the install itself yet. Go on to see the activation command; run the stages above by hand or with the dlstack command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to begin. You can cancel at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed. Go on to see how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install stopped. The log above says where; fix the cause and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallWizard</name>
    <message>
        <source>dlstack — set up a deep-learning stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInspector</name>
    <message>
        <source>Search the log</source>
        <comment>placeholder of the log search field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <comment>status after indexing</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <comment>diagnosis list entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known cause of failure was found in this log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the cause of the failure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1
What to do: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInspectorWindow</name>
    <message>
        <source>dlstack log inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.gz *.xz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — dlstack log inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogReader</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Build log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixCommand</name>
    <message>
        <source> (experimental: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gfx %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source build: gcc &gt;= %1, C++%2, CMake &gt;= %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the tested PyTorch releases with their CUDA/ROCm/CPU wheels, Python range, companions and source-build requirements. * marks the variant plain `pip install torch` gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this release (&quot;2.4&quot; means the newest 2.4.x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the records as JSON (docs/matrix-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix takes no arguments; use --torch V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NvidiaProbe</name>
    <message>
        <source>nvidia-smi did not answer within %1 seconds; the driver or a GPU may be hung. Check `sudo dmesg | grep -i -e nvrm -e xid`; a reboot usually clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nvidia-smi failed (exit code %1) and printed no GPU: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Jetson board: %1 is an L4T release, not a desktop driver version. Use NVIDIA JetPack to install CUDA on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NvidiaSmiParser</name>
    <message>
        <source>nvidia-smi cannot talk to the NVIDIA driver: the kernel module is not loaded. Install the NVIDIA driver (or reinstall it for the running kernel) and reboot; inside a container, start it with the NVIDIA container runtime (--gpus all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nvidia-smi found no NVIDIA GPU. The driver is loaded but did not take the card: check `sudo dmesg | grep -i nvrm` (a driver too old for the GPU, or an open-module requirement) and install a driver that supports this GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver was updated but the old kernel module is still loaded (driver/library version mismatch). Reboot to load the new driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This nvidia-smi is too old to report some fields (such as the compute capability).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>New &amp;venv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New co&amp;nda environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xisting environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to install and how. The defaults suit most machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space in the install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU architecture list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel compile jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package mirror URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8.6;8.9 — empty: this machine&apos;s GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://mirror.example.org/pypi/simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://proxy.example.org:3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the offline package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA Apex is built from source against the installed PyTorch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arch list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MAX_JOBS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler &amp;cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffline folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venv or conda environment was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the smaller of the CPU cores (%1) and GiB of memory / 2 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space: unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB free; about %2 GiB needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 GiB free; about %2 GiB needed. Choose another folder or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an install folder with a full path, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2 MiB free; this install needs about %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new environment a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsRelease</name>
    <message>
        <source>%1 has no ID= line; the distribution is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageProbe</name>
    <message>
        <source>The NVIDIA driver was installed both with NVIDIA&apos;s .run installer and from packages (%1). Remove one of them (nvidia-uninstall, or apt purge) before installing another driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1 was installed both with the .run installer and from packages; their files overwrite each other. Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PciProbe</name>
    <message>
        <source>The NVIDIA GPU %1 is driven by nouveau, which cannot run CUDA. Install the NVIDIA driver; it blacklists nouveau, then reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA GPU %1 has no driver. Install the NVIDIA driver (for example `sudo ubuntu-drivers install`) and reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA GPU %1 is bound to %2 (passed through or reserved), not to the NVIDIA driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver is loaded but did not take the GPU %1. `sudo dmesg | grep -i nvrm` tells why (often a driver too old for the card, or one that needs the open kernel module).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Plans a PyTorch installation for this machine and writes it as a plan, a bash script or a Dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for the machine of this profile (dlstack detect --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA version of the build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm version of the build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPU-only build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python version of the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prebuilt (wheels) or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-venv, new-conda or the path of an existing environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install prefix (absolute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torchvision, torchaudio, apex (comma separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH instead of the detected GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel compile jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ccache, sccache or distcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror base URL or offline directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default), bash or dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name --torch and exactly one of --cuda, --rocm or --cpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the install prefix with --prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --format %1 (json, bash, dockerfile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --route %1 (prebuilt, source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-jobs needs a positive number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --launcher %1 (ccache, sccache, distcc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a dlstack profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run as root first: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON syntax at that position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the field &quot;%1&quot; (see docs/plan-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the install prefix and the download cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this dlstack reads schema %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root directory cannot be an install prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root directory cannot be a cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ref cannot start with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URL cannot start with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of arguments, not a shell string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required list of arguments is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a program first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown progress parser &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an octal mode such as &quot;0644&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step kind &quot;%1&quot; (known: download, extract, git, run, write_file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with https://, http:// or file://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The mirror directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path given to --mirror, or run `dlstack bundle` to fill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix %1 is not writable (checked %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prefix in your home directory, or make it writable for your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free space for %1: %2 MiB free, about %3 MiB needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space or choose a prefix on a larger disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessExplainer</name>
    <message>
        <source>%1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 or add its directory to PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is executable and not damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program hangs; for nvidia-smi this usually means the driver is stuck. Reboot, or reload the driver, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>The probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (WSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU found: only CPU builds are possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, compute capability %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, supports CUDA up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA and ROCm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none installed; prebuilt PyTorch wheels bring their own runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cuDNN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilers and tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — torch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems while detecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileReport</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no driver installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (WSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute capability %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIG on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed %1 GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, supports CUDA up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, open kernel module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA and ROCm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CUDA toolkit, cuDNN or ROCm found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cuDNN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilers and tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>built with CUDA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Python found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems while detecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonEnvInspector</name>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonRule</name>
    <message>
        <source>No Python interpreter was found for a new venv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install python3 and python3-venv, or use a new conda environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new environment with Python %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Python %1 to %2 (a new conda environment can install it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or pick torch %1, which supports Python %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 has Linux wheels for Python %2 to %3, not for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 support in PyTorch %2 is experimental.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Python %1 for a supported setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building PyTorch %1 from source needs Python %2 or newer; the environment has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Python %1 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 is not installed on this machine, and a venv needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a new conda environment (it installs Python %1), or install python%1 and python%1-venv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawRecorder</name>
    <message>
        <source>Could not save the raw outputs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a writable directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <source>Proposes PyTorch selections that work on this machine (or a saved or imported profile), best first, each with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile written by `dlstack detect --json`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the profile from pasted tool output (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N proposals (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the proposals as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommend takes --limit N (a positive number) and no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayRunner</name>
    <message>
        <source>%1 is not a saved detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the directory written by `dlstack detect --save-raw DIR`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesRule</name>
    <message>
        <source>This machine has %1 GiB of memory; building PyTorch needs about 3 GB per compile job and more to link, so the build will be slow or run out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add swap, use MAX_JOBS=1, or use prebuilt wheels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 needs about %2 GB of memory; this machine has %3 GiB, so compiler jobs would be killed (&quot;Killed signal terminated program cc1plus&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use MAX_JOBS=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 fits %2 cores and %3 GiB of memory (about 3 GB per job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the install location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This install needs about %1 GB of free disk at %2; there are %3 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space, or install to a larger disk (--prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This install needs about %1 GB of free disk at %2; only %3 GB are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space first; pip and build caches grow during the install.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;bash script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Dockerfile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the summary. Nothing has been changed on this machine yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting needs the planner, which this build does not include yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan as a bash script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan as a Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 may need about %2 GiB of memory; this machine has %3 GiB. The build may be killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apex is compiled from source even with prebuilt PyTorch wheels; it needs a CUDA toolkit matching CUDA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing into an existing environment replaces its torch packages; a rollback restores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both an offline folder and a mirror are set; the offline folder is tried first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conda environment with Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 virtual environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 source checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 wheels (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prebuilt wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new conda environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new venv %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_JOBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RocmProbe</name>
    <message>
        <source>rocminfo did not answer within %1 seconds; the amdgpu driver may be hung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RocmRule</name>
    <message>
        <source>The gfx target of %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rocminfo on that machine and import its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gfx targets of the torch %1 %2 wheels are not recorded; dlstack cannot confirm they include %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer a release whose targets are known (`dlstack recommend`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have no kernels for %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build from source with PYTORCH_ROCM_ARCH=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick %1, or build from source with PYTORCH_ROCM_ARCH=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm %1 does not officially support %2 (%3); it may work, but AMD does not test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect problems; some consumer cards need HSA_OVERRIDE_GFX_VERSION set to a supported target of the same family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm %1 is installed; the build asks for ROCm %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build against the installed ROCm, or install ROCm %1 beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>%1, rule %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>dlstack settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package index mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private package index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA developer account e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://mirror.example.org/pypi/simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://pypi.example.org/simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://proxy.example.org:3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens (kept in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA account &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private index &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA account pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GitHub token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private index token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA developer account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keyring; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are stored in the system keyring, never in settings files or logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available, so tokens cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not saved. %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackCatalog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackPage</name>
    <message>
        <source>&amp;CUDA (NVIDIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ROCm (AMD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;PU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;built wheels (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build from &amp;source (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the r&amp;ecommended stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only combinations from the tested matrix are offered. Greyed-out entries say why they cannot work on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-only backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install prebuilt wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build PyTorch from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recommended stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict on the chosen stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Py&amp;Torch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended for this machine: PyTorch %1 with %2 and Python %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stack in the tested matrix fits this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 has no %2 wheels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (PyPI default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not possible here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stack is tested and fits this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a version that is not greyed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green is ready, amber needs a look, red blocks a GPU install. Each line says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import another machine&apos;s nvidia-smi or collect_env output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect this machine again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check someone else&apos;s machine from the text of nvidia-smi, python -m torch.utils.collect_env, nvcc --version, conda info …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile and the raw command outputs to a folder you can send to someone who helps you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n GPU(s), %2 CUDA toolkit(s), %3 Python environment(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found and usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 20 GiB free: a source build needs about 40 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a GPU only CPU builds are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works, but may cause trouble; see the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks GPU installs until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the texts was recognised. dlstack reads nvidia-smi, nvidia-smi -q, python -m torch.utils.collect_env, nvcc --version, rocminfo and conda info output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; not recognised: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import another machine&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste the output of nvidia-smi, python -m torch.utils.collect_env, nvcc --version or conda info here, or open files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open command outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemProfile</name>
    <message>
        <source>This is not a dlstack profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;schema&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile with `dlstack detect --json`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile uses schema %1; this dlstack reads schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update dlstack, or detect the profile again with this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemWindow</name>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlstack — your system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what dlstack found on this machine. Green is ready, amber needs a look, red blocks an install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s), %1 CUDA toolkit(s), %2 Python environment(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The archive %1 contains an unsafe member and was not extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the archive from a trusted source; dlstack never writes outside the target directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is complete and is a tar or zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the prefix is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraction was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it again; the file may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path with &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device node or FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written through a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link pointing outside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link pointing outside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link to a stripped member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check free disk space and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish extracting into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the install again to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no install journal in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the prefix; only what dlstack installed can be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no stage &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `dlstack status --prefix %1` to see the stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the install journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the install prefix is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory %1/.dlstack could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the install journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of the install prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 aside before replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the prefix&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already there with the right checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download needs the secret &quot;%1&quot; but no keyring is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Secret Service and store the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A download step before this one should fetch it; check the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the extracted files to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while running git.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the install again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the clone to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a repository; fetching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier step should create it; check the plan&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while running %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the prefix is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1 in place: it is outside the prefix and the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check its permissions, then run the rollback again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running undo command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo command did not succeed (exit %1); continuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal names a backup outside the prefix: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal may have been edited; restore the file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore %1 from its backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is still at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists, that you may read it and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build log %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a log file; a directory, pipe or device cannot be indexed. Save the output to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build log %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file name and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: %2. The lines before the damage were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the complete file, or check it with `gzip -t` or `xz -t`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space in the temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape special characters such as ( [ . * with a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of the install prefix and the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage %1 in this log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis rules in %1 are malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rule file as described in docs/diagnosis-rules.md, or reinstall dlstack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string of a-z, 0-9 and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 needs non-empty &quot;title&quot;, &quot;explanation&quot; and &quot;remedy&quot; strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;weight&quot; of %1 must be an integer from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;patterns&quot; of %1 must be a non-empty array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exclude&quot; of %1 must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; of %2 is not a valid regular expression: %3 at character %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;captures&quot; of %1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture &quot;%1&quot; of %2 names group %3, which no pattern has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder {%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagnosis rules were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall dlstack; the rules are part of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version matrix file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall dlstack; the data files belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version matrix file %1 is invalid at line %2, column %3: %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1, line %2, column %3, field %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the field as described in docs/matrix-format.md, or reinstall dlstack if the file came with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version matrix file %1 is not valid JSON at line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1, byte offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON syntax, or reinstall dlstack if the file came with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is not known to this dlstack (it reads schema %2); a newer dlstack is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version matrix file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releases must be listed oldest first, without duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be cuda, rocm or cpu, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compute capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CUDA variant needs its arch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one variant is marked default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sm_min %1 is above sm_max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest PyTorch whose %1 wheels run on driver %2 and have kernels for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest PyTorch whose %1 wheels target %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older release; its %1 wheels also run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older release; its %1 wheels also target %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed Python fits, so a conda environment brings Python %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prebuilt wheel has kernels for %1; PyTorch %2 built from source with CUDA %3 does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works after a driver upgrade (see the findings); nothing runs on the current driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU was found; the CPU build of the newest PyTorch runs anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU build runs on this machine as it is; the CPU build does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prebuilt wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown route &quot;%1&quot; in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use prebuilt or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cuda, rocm or cpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown route &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use new_venv, new_conda or existing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing environment was chosen without its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the environment&apos;s directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PyTorch version was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one from `dlstack matrix` (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix (%2 to %3); dlstack does not guess its requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both a CUDA and a ROCm version were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CUDA version was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one, e.g. --cuda 12.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1 is not in the tested matrix (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a CUDA version listed by `dlstack matrix --torch %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm %1 is not in the tested matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a ROCm version listed by `dlstack matrix --torch %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPU-only install was chosen together with a GPU backend version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop --cpu, or drop --cuda/--rocm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Python version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it like 3.11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX_JOBS cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the download %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checksum mismatch (expected %2, got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file does not match its sha256 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download failed from every source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was deleted. Check the plan&apos;s sha256 or the mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network or proxy, or put the file into the mirror directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version matrix blocks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selection as the findings say, or run `dlstack recommend`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install prefix must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass --prefix /path/to/prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix does not know torch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner produced a plan the loader rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please report this with the selection and profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret named &quot;%1&quot; is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it first, for example with the wizard&apos;s Options page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring or KWallet) and unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tested matrix lists no PyTorch releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPU-only build will not use the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVIDIA GPU was found, so CUDA builds cannot use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVIDIA driver is loaded; install the driver first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer; this machine has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These wheels are built for compute capability %1; the %2 has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AMD GPU was found, so ROCm builds cannot use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These wheels are built for %1; the %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm is not installed; the wheels bring their own runtime but need the amdgpu driver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to dlstack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working PyTorch on this machine, from a combination that is known to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;dlstack will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;look at this machine: GPU, driver, CUDA or ROCm, compilers, Python and existing environments;&lt;/li&gt;&lt;li&gt;offer only PyTorch stacks that are tested to work with what it found, and say why the others are not offered;&lt;/li&gt;&lt;li&gt;install the stack into a new environment, step by step, with a log you can read;&lt;/li&gt;&lt;li&gt;tell you the one command that activates it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing outside the install folder you choose is changed, and every step can be rolled back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in version matrix could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
