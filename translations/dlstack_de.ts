<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Amounts</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>etwa 1 Minute</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>etwa %1 Minuten</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>etwa %1 Stunden</translation>
    </message>
</context>
<context>
    <name>AnsibleExporter</name>
    <message>
        <source>The plan holds a URL with a user name, password or query; the playbook would copy it to every host and into their results.</source>
        <translation>Der Plan enthält eine URL mit Benutzername, Passwort oder Query; das Playbook würde sie auf jeden Host und in dessen Ergebnisse kopieren.</translation>
    </message>
    <message>
        <source>Keep the credential in the secret store (a download step&apos;s &quot;credential&quot;) or use the bash export, which reads such URLs from the environment.</source>
        <translation>Legen Sie die Zugangsdaten im Schlüsselbund ab (das „credential“ eines Download-Schritts) oder verwenden Sie den Bash-Export, der solche URLs aus der Umgebung liest.</translation>
    </message>
    <message>
        <source>The directory %1 cannot be made.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Choose a directory you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>ApexRecipe</name>
    <message>
        <source>Apex is checked out at its tag %1, the Apex of NVIDIA&apos;s PyTorch container %2 (PyTorch %3), for torch %4 (%5).</source>
        <translation>Apex wird mit seinem Tag %1 ausgecheckt, dem Apex des PyTorch-Containers %2 von NVIDIA (PyTorch %3), für torch %4 (%5).</translation>
    </message>
    <message>
        <source>The pairing of Apex %1 with torch %2 is not confirmed by a primary source; check the container&apos;s release notes before relying on it.</source>
        <translation>Die Paarung von Apex %1 mit torch %2 ist durch keine Primärquelle bestätigt; prüfen Sie die Release Notes des Containers, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>Apex %1 builds %2 (part of %3) for compute capability %4 whatever TORCH_CUDA_ARCH_LIST says, and CUDA %5 no longer compiles for it (its oldest is %6): the plan switches %2 off in setup.py before the build; the rest of Apex is built (%7).</source>
        <translation>Apex %1 baut %2 (Teil von %3) für Compute Capability %4, unabhängig von TORCH_CUDA_ARCH_LIST, und CUDA %5 kompiliert nicht mehr dafür (die älteste ist %6): Der Plan schaltet %2 vor dem Build in setup.py ab; der Rest von Apex wird gebaut (%7).</translation>
    </message>
</context>
<context>
    <name>AppLog</name>
    <message>
        <source>The log %1 is not opened: %2 is already being written.</source>
        <translation>Das Log %1 wird nicht geöffnet: %2 wird bereits geschrieben.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written (%2); continuing without it.</source>
        <translation>Die Logdatei %1 kann nicht geschrieben werden (%2); es geht ohne sie weiter.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the directory exists, is writable and has free space.</source>
        <translation>Prüfen Sie, ob das Verzeichnis existiert, beschreibbar ist und freien Speicher hat.</translation>
    </message>
</context>
<context>
    <name>BackendRule</name>
    <message>
        <source>This machine has an AMD GPU (%1): pick a ROCm build (--rocm), or a CPU-only build (--cpu).</source>
        <translation>Dieser Rechner hat eine AMD-GPU (%1): Wählen Sie einen ROCm-Build (--rocm) oder einen reinen CPU-Build (--cpu).</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu), or run the check on the machine with the GPU.</source>
        <translation>Wählen Sie einen reinen CPU-Build (--cpu) oder führen Sie die Prüfung auf dem Rechner mit der GPU aus.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU was found, so a CUDA build of PyTorch has nothing to run on.</source>
        <translation>Es wurde keine NVIDIA-GPU gefunden, daher kann ein CUDA-Build von PyTorch auf nichts laufen.</translation>
    </message>
    <message>
        <source>No AMD GPU was found, so a ROCm build of PyTorch has nothing to run on.</source>
        <translation>Es wurde keine AMD-GPU gefunden, daher kann ein ROCm-Build von PyTorch auf nichts laufen.</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu).</source>
        <translation>Wählen Sie einen reinen CPU-Build (--cpu).</translation>
    </message>
    <message>
        <source>This machine has an NVIDIA GPU: pick a CUDA build.</source>
        <translation>Dieser Rechner hat eine NVIDIA-GPU: Wählen Sie einen CUDA-Build.</translation>
    </message>
    <message>
        <source>A CPU-only build will not use the %1 in this machine.</source>
        <translation>Ein reiner CPU-Build nutzt die %1 in diesem Rechner nicht.</translation>
    </message>
    <message>
        <source>`dlstack recommend` lists GPU builds that run on it.</source>
        <translation>`dlstack recommend` listet GPU-Builds auf, die darauf laufen.</translation>
    </message>
    <message>
        <source>Under WSL the NVIDIA driver comes from Windows; do not install a Linux NVIDIA driver inside WSL.</source>
        <translation>Unter WSL kommt der NVIDIA-Treiber von Windows; installieren Sie keinen Linux-NVIDIA-Treiber innerhalb von WSL.</translation>
    </message>
    <message>
        <source>Update the driver on the Windows side when a newer one is needed.</source>
        <translation>Aktualisieren Sie den Treiber auf der Windows-Seite, wenn ein neuerer benötigt wird.</translation>
    </message>
    <message>
        <source>The image is planned without a GPU; the container gets one from its host.</source>
        <translation>Das Image wird ohne GPU geplant; der Container erhält eine von seinem Host.</translation>
    </message>
    <message>
        <source>The plan is for the machine of the profile; it is not installed here.</source>
        <translation>Der Plan gilt für den Rechner des Profils; er wird nicht hier installiert.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU is in the profile; the CUDA build is planned for the arch list given or the wheels&apos; own.</source>
        <translation>Das Profil enthält keine NVIDIA-GPU; der CUDA-Build wird für die angegebene Arch-Liste oder die der Wheels geplant.</translation>
    </message>
    <message>
        <source>No AMD GPU is in the profile; the ROCm build is planned for the targets given or the wheels&apos; own.</source>
        <translation>Das Profil enthält keine AMD-GPU; der ROCm-Build wird für die angegebenen Targets oder die der Wheels geplant.</translation>
    </message>
</context>
<context>
    <name>BuildDefaults</name>
    <message>
        <source>The smaller of the CPU cores (%1) and the GiB of memory / 3 (%2): a compile job of PyTorch takes about 3 GB.</source>
        <translation>Der kleinere Wert aus CPU-Kernen (%1) und GiB Arbeitsspeicher / 3 (%2): Ein Compile-Job von PyTorch braucht etwa 3 GB.</translation>
    </message>
    <message>
        <source>The CPU cores (%1); the memory of this machine is not known.</source>
        <translation>Die CPU-Kerne (%1); der Arbeitsspeicher dieses Rechners ist unbekannt.</translation>
    </message>
    <message>
        <source>Neither the cores nor the memory of this machine are known; %1 is a cautious guess.</source>
        <translation>Weder die Kerne noch der Arbeitsspeicher dieses Rechners sind bekannt; %1 ist eine vorsichtige Schätzung.</translation>
    </message>
    <message>
        <source>The %1 compile slots of the distcc hosts.</source>
        <translation>Die %1 Compile-Slots der distcc-Hosts.</translation>
    </message>
    <message>
        <source>The compute capabilities of this machine&apos;s NVIDIA GPUs that CUDA %1 can build for; +PTX lets newer GPUs run the code too.</source>
        <translation>Die Compute Capabilities der NVIDIA-GPUs dieses Rechners, für die CUDA %1 bauen kann; +PTX lässt auch neuere GPUs den Code ausführen.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU was found, so the list of the %1 wheels.</source>
        <translation>Es wurde keine NVIDIA-GPU gefunden, daher die Liste der %1-Wheels.</translation>
    </message>
    <message>
        <source>The gfx targets of this machine&apos;s AMD GPUs.</source>
        <translation>Die gfx-Ziele der AMD-GPUs dieses Rechners.</translation>
    </message>
    <message>
        <source>No AMD GPU was found, so the targets of the %1 wheels.</source>
        <translation>Es wurde keine AMD-GPU gefunden, daher die Ziele der %1-Wheels.</translation>
    </message>
</context>
<context>
    <name>BuildLibraries</name>
    <message>
        <source>MAGMA: %1 from the pytorch channel, as PyTorch %2&apos;s README installs it for CUDA %3 (%4; the package: %5).</source>
        <translation>MAGMA: %1 aus dem Kanal pytorch, so wie die README von PyTorch %2 es für CUDA %3 installiert (%4; das Paket: %5).</translation>
    </message>
    <message>
        <source>That torch %1 is the last release whose README installs magma-cuda packages is not confirmed by a primary source.</source>
        <translation>Dass torch %1 die letzte Version ist, deren README magma-cuda-Pakete installiert, ist durch keine Primärquelle bestätigt.</translation>
    </message>
    <message>
        <source>PyTorch %1&apos;s README no longer installs the pytorch channel&apos;s magma-cuda packages, the last release that does is %2</source>
        <translation>die README von PyTorch %1 installiert die magma-cuda-Pakete des Kanals pytorch nicht mehr, die letzte Version, die es tut, ist %2</translation>
    </message>
    <message>
        <source>the pytorch channel has no magma-cuda%1</source>
        <translation>der Kanal pytorch hat kein magma-cuda%1</translation>
    </message>
    <message>
        <source>MAGMA: %1 from conda-forge for CUDA %2 (%3), since %4 (%5).</source>
        <translation>MAGMA: %1 von conda-forge für CUDA %2 (%3), denn %4 (%5).</translation>
    </message>
    <message>
        <source>The CUDA versions conda-forge builds %1 for are not confirmed by its package index.</source>
        <translation>Für welche CUDA-Versionen conda-forge %1 baut, ist durch seinen Paketindex nicht bestätigt.</translation>
    </message>
    <message>
        <source>MAGMA: none is known for CUDA %1 (%2, and conda-forge&apos;s %3 is recorded for CUDA %4 only): PyTorch is built without MAGMA.</source>
        <translation>MAGMA: für CUDA %1 ist keines bekannt (%2, und %3 von conda-forge ist nur für CUDA %4 verzeichnet): PyTorch wird ohne MAGMA gebaut.</translation>
    </message>
    <message>
        <source>MAGMA and MKL are not installed for the build: PyTorch&apos;s README takes them from conda, and this plan&apos;s environment is a venv. PyTorch is built without MAGMA; choose a conda environment to have it.</source>
        <translation>MAGMA und MKL werden für den Build nicht installiert: Die README von PyTorch bezieht sie aus conda, und die Umgebung dieses Plans ist ein venv. PyTorch wird ohne MAGMA gebaut; wählen Sie eine conda-Umgebung, um es zu bekommen.</translation>
    </message>
    <message>
        <source>%1 from conda-forge for the build, as PyTorch&apos;s README installs them on %2 (%3).</source>
        <translation>%1 von conda-forge für den Build, so wie die README von PyTorch sie auf %2 installiert (%3).</translation>
    </message>
</context>
<context>
    <name>Bundler</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or make this one writable for your user.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder machen Sie diesen für Ihren Benutzer beschreibbar.</translation>
    </message>
    <message>
        <source>download %1</source>
        <translation>herunterladen: %1</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Der Download konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>pip download %1</source>
        <translation>pip download %1</translation>
    </message>
    <message>
        <source>pip download failed for %1.</source>
        <translation>pip download ist für %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the network and the package index, then run the bundle again.</source>
        <translation>Prüfen Sie das Netzwerk und den Paketindex und erstellen Sie das Bundle dann erneut.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks one PyTorch selection against this machine (or a saved or imported profile) and says what blocks it and what to do. Exit code: 0 ok or warnings, 1 blocked, 2 bad arguments.</source>
        <translation>Prüft eine PyTorch-Auswahl gegen diesen Rechner (oder ein gespeichertes oder importiertes Profil) und sagt, was sie blockiert und was zu tun ist. Exit-Code: 0 in Ordnung oder Warnungen, 1 blockiert, 2 ungültige Argumente.</translation>
    </message>
    <message>
        <source>Print {verdict, findings} as JSON.</source>
        <translation>{verdict, findings} als JSON ausgeben.</translation>
    </message>
    <message>
        <source>check takes no positional arguments: %1</source>
        <translation>check nimmt keine Positionsargumente an: %1</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>PyTorch %1 is not in the tested matrix.</source>
        <translation>PyTorch %1 ist nicht in der getesteten Matrix.</translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation>Wählen Sie eine Version, die `dlstack matrix` auflistet.</translation>
    </message>
    <message>
        <source>CUDA %1 is not in the tested matrix.</source>
        <translation>CUDA %1 ist nicht in der getesteten Matrix.</translation>
    </message>
    <message>
        <source>Pick a CUDA version listed by `dlstack matrix --torch %1`.</source>
        <translation>Wählen Sie eine CUDA-Version, die `dlstack matrix --torch %1` auflistet.</translation>
    </message>
    <message>
        <source>ROCm %1 is not in the tested matrix.</source>
        <translation>ROCm %1 ist nicht in der getesteten Matrix.</translation>
    </message>
    <message>
        <source>Pick a ROCm version listed by `dlstack matrix --torch %1`.</source>
        <translation>Wählen Sie eine ROCm-Version, die `dlstack matrix --torch %1` auflistet.</translation>
    </message>
    <message>
        <source>PyTorch %1 has no official %2 wheels.</source>
        <translation>PyTorch %1 hat keine offiziellen %2-Wheels.</translation>
    </message>
    <message>
        <source>Pick one of the published variants (%1), or build from source (--route source).</source>
        <translation>Wählen Sie eine der veröffentlichten Varianten (%1) oder bauen Sie aus dem Quellcode (--route source).</translation>
    </message>
    <message>
        <source>PyTorch %1 was not released with CUDA %2; a build may work but was not tested by PyTorch.</source>
        <translation>PyTorch %1 wurde nicht mit CUDA %2 veröffentlicht; ein Build kann funktionieren, wurde aber von PyTorch nicht getestet.</translation>
    </message>
    <message>
        <source>Prefer a CUDA version of its wheels (%1).</source>
        <translation>Bevorzugen Sie eine CUDA-Version seiner Wheels (%1).</translation>
    </message>
    <message>
        <source>The tested matrix records no XPU wheels for PyTorch %1.</source>
        <translation>Die getestete Matrix verzeichnet keine XPU-Wheels für PyTorch %1.</translation>
    </message>
    <message>
        <source>Pick a PyTorch release with XPU wheels in the tested matrix (%1), or another variant of %2 (%3).</source>
        <translation>Wählen Sie ein PyTorch-Release mit XPU-Wheels in der getesteten Matrix (%1) oder eine andere Variante von %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run a plan&apos;s stages; running it again resumes</source>
        <translation>Die Stufen eines Plans ausführen; ein erneuter Aufruf setzt fort</translation>
    </message>
    <message>
        <source>Show the state of each stage installed into a prefix</source>
        <translation>Den Zustand jeder in ein Präfix installierten Stufe anzeigen</translation>
    </message>
    <message>
        <source>Undo installed stages, newest first</source>
        <translation>Installierte Stufen rückgängig machen, neueste zuerst</translation>
    </message>
    <message>
        <source>== stage %1: %2</source>
        <translation>== Stufe %1: %2</translation>
    </message>
    <message>
        <source>== stage %1: already done, skipped</source>
        <translation>== Stufe %1: bereits erledigt, übersprungen</translation>
    </message>
    <message>
        <source>== stage %1: finished</source>
        <translation>== Stufe %1: abgeschlossen</translation>
    </message>
    <message>
        <source>== stage %1 failed: %2</source>
        <translation>== Stufe %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Run a plan; running it again resumes where it stopped.</source>
        <translation>Einen Plan ausführen; ein erneuter Aufruf setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Run only this stage.</source>
        <translation>Nur diese Stufe ausführen.</translation>
    </message>
    <message>
        <source>Start at this stage.</source>
        <translation>Bei dieser Stufe beginnen.</translation>
    </message>
    <message>
        <source>Print the stages and steps; change nothing.</source>
        <translation>Stufen und Schritte ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>The prefix was moved with its journal: read the journal&apos;s paths as paths in the plan&apos;s prefix.</source>
        <translation>Das Präfix wurde samt Journal verschoben: die Pfade des Journals als Pfade im Präfix des Plans lesen.</translation>
    </message>
    <message>
        <source>Send the credentials of download steps marked &quot;allow_insecure_auth&quot; over plain http.</source>
        <translation>Die Zugangsdaten von Download-Schritten mit &quot;allow_insecure_auth&quot; über unverschlüsseltes http senden.</translation>
    </message>
    <message>
        <source>The plan has no stage &quot;%1&quot;.</source>
        <translation>Der Plan hat keine Stufe „%1“.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; into %2</source>
        <translation>Plan „%1“ nach %2</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>Install &quot;%1&quot; into %2?</source>
        <translation>„%1“ nach %2 installieren?</translation>
    </message>
    <message>
        <source>All stages finished.</source>
        <translation>Alle Stufen abgeschlossen.</translation>
    </message>
    <message>
        <source>Name the root cause of a failed build from its log, with a remedy</source>
        <translation>Die Ursache eines fehlgeschlagenen Builds aus seinem Log benennen, mit Abhilfe</translation>
    </message>
    <message>
        <source>List the tested PyTorch, CUDA, ROCm and Python combinations</source>
        <translation>Die getesteten Kombinationen aus PyTorch, CUDA, ROCm und Python auflisten</translation>
    </message>
    <message>
        <source>Check one PyTorch selection against a machine and say what blocks it</source>
        <translation>Eine PyTorch-Auswahl gegen einen Rechner prüfen und sagen, was sie blockiert</translation>
    </message>
    <message>
        <source>Propose the PyTorch selections that will work on a machine</source>
        <translation>Die PyTorch-Auswahlen vorschlagen, die auf einem Rechner funktionieren</translation>
    </message>
    <message>
        <source>Plan an install (JSON plan, bash script or Dockerfile) for a selection</source>
        <translation>Eine Installation (JSON-Plan, Bash-Skript oder Dockerfile) für eine Auswahl planen</translation>
    </message>
    <message>
        <source>Detect GPUs, drivers, CUDA, compilers and Python environments</source>
        <translation>GPUs, Treiber, CUDA, Compiler und Python-Umgebungen erkennen</translation>
    </message>
    <message>
        <source>Build a profile of another machine from pasted tool output</source>
        <translation>Ein Profil eines anderen Rechners aus eingefügter Werkzeugausgabe erstellen</translation>
    </message>
    <message>
        <source>The install prefix.</source>
        <translation>Das Installationspräfix.</translation>
    </message>
    <message>
        <source>Roll back this stage.</source>
        <translation>Diese Stufe zurücknehmen.</translation>
    </message>
    <message>
        <source>Roll back every stage, newest first.</source>
        <translation>Alle Stufen zurücknehmen, neueste zuerst.</translation>
    </message>
    <message>
        <source>The prefix was moved with its journal: read the journal&apos;s paths as paths in this prefix.</source>
        <translation>Das Präfix wurde samt Journal verschoben: die Pfade des Journals als Pfade in diesem Präfix lesen.</translation>
    </message>
    <message>
        <source>Usage: dlstack rollback --prefix P (--stage ID | --all) [--yes] [--reanchor]</source>
        <translation>Aufruf: dlstack rollback --prefix P (--stage ID | --all) [--yes] [--reanchor]</translation>
    </message>
    <message>
        <source>every stage</source>
        <translation>alle Stufen</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: dlstack status --prefix P [--json]</source>
        <translation>Aufruf: dlstack status --prefix P [--json]</translation>
    </message>
    <message>
        <source>Nothing was installed into %1 by dlstack.</source>
        <translation>dlstack hat nichts nach %1 installiert.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; in %2</source>
        <translation>Plan „%1“ in %2</translation>
    </message>
    <message>
        <source>Usage: dlstack &lt;command&gt; [options]</source>
        <translation>Aufruf: dlstack &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run `dlstack &lt;command&gt; --help` for the options of a command.</source>
        <translation>Führen Sie `dlstack &lt;Befehl&gt; --help` aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Also append every event as a JSON line to this file.</source>
        <translation>Jedes Ereignis zusätzlich als JSON-Zeile an diese Datei anhängen.</translation>
    </message>
    <message>
        <source>Fetch everything a plan downloads into a folder for an offline machine.</source>
        <translation>Alles, was ein Plan herunterlädt, für einen Rechner ohne Internet in einen Ordner holen.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Die Plandatei (JSON).</translation>
    </message>
    <message>
        <source>The folder to fill.</source>
        <translation>Der zu füllende Ordner.</translation>
    </message>
    <message>
        <source>Fetch wheels for this Python (e.g. 3.11).</source>
        <translation>Wheels für dieses Python holen (z. B. 3.11).</translation>
    </message>
    <message>
        <source>Fetch wheels for this platform tag (e.g. manylinux_2_28_x86_64).</source>
        <translation>Wheels für diese Plattform holen (z. B. manylinux_2_28_x86_64).</translation>
    </message>
    <message>
        <source>Usage: dlstack bundle PLAN.json DIR [--python X.Y] [--platform TAG]</source>
        <translation>Aufruf: dlstack bundle PLAN.json ORDNER [--python X.Y] [--platform TAG]</translation>
    </message>
    <message>
        <source>not bundled (a git checkout; clone it on the offline machine&apos;s network or copy the prefix&apos;s source folder): %1</source>
        <translation>nicht gebündelt (ein git-Checkout; klonen Sie ihn im Netz des Offline-Rechners oder kopieren Sie den Quellordner des Präfixes): %1</translation>
    </message>
    <message>
        <source>Fetch everything a plan downloads into a folder for an offline machine</source>
        <translation>Alles, was ein Plan herunterlädt, für einen Rechner ohne Internet in einen Ordner holen</translation>
    </message>
    <message>
        <source>not bundled (conda packages; give the offline machine a conda channel mirror, or build the environment where there is a network and move it with conda-pack): %1</source>
        <translation>nicht gebündelt (conda-Pakete; geben Sie dem Offline-Rechner einen Spiegel eines conda-Kanals, oder bauen Sie die Umgebung dort, wo es Netz gibt, und bringen Sie sie mit conda-pack hinüber): %1</translation>
    </message>
    <message>
        <source>The log of stage %1 is %2</source>
        <translation>Das Log der Stufe %1 ist %2</translation>
    </message>
    <message>
        <source>No known cause: %1</source>
        <translation>Keine bekannte Ursache: %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Warum: </translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>Was zu tun ist: </translation>
    </message>
    <message>
        <source>%1: %2 fetched, %3 already there, %4 failed.</source>
        <translation>%1: %2 geholt, %3 schon vorhanden, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Use it as the offline folder: dlstack plan ... --mirror %1</source>
        <translation>Verwenden Sie ihn als Offline-Ordner: dlstack plan ... --mirror %1</translation>
    </message>
    <message>
        <source>The folder is not complete; run the bundle again once the failures above are fixed.</source>
        <translation>Der Ordner ist nicht vollständig; erstellen Sie das Bundle erneut, sobald die Fehler oben behoben sind.</translation>
    </message>
    <message>
        <source>Continue the install in a prefix with the plan it keeps</source>
        <translation>Die Installation in einem Präfix mit dem dort abgelegten Plan fortsetzen</translation>
    </message>
    <message>
        <source>Every cause found: dlstack diagnose %1</source>
        <translation>Alle gefundenen Ursachen: dlstack diagnose %1</translation>
    </message>
    <message>
        <source>%1 keeps no plan.</source>
        <translation>In %1 ist kein Plan abgelegt.</translation>
    </message>
    <message>
        <source>Name the plan file: dlstack install PLAN.json. A prefix keeps its plan once an install has begun there.</source>
        <translation>Nennen Sie die Plandatei: dlstack install PLAN.json. Ein Präfix bewahrt seinen Plan auf, sobald dort eine Installation begonnen hat.</translation>
    </message>
    <message>
        <source>The plan kept in %1 cannot be read.</source>
        <translation>Der in %1 abgelegte Plan kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Name the plan file: dlstack install PLAN.json.</source>
        <translation>Nennen Sie die Plandatei: dlstack install PLAN.json.</translation>
    </message>
    <message>
        <source>The plan kept in %1 installs into %2.</source>
        <translation>Der in %1 abgelegte Plan installiert nach %2.</translation>
    </message>
    <message>
        <source>If the prefix was moved, run: dlstack install %1 --reanchor with a plan whose prefix is %2.</source>
        <translation>Wenn das Präfix verschoben wurde, führen Sie dlstack install %1 --reanchor mit einem Plan aus, dessen Präfix %2 ist.</translation>
    </message>
    <message>
        <source>Continue the install in a prefix with the plan it keeps.</source>
        <translation>Die Installation in einem Präfix mit dem dort abgelegten Plan fortsetzen.</translation>
    </message>
    <message>
        <source>The plan file (JSON, docs/plan-format.md); with --prefix alone, the plan kept in that prefix.</source>
        <translation>Die Plandatei (JSON, docs/plan-format.md); mit --prefix allein der in diesem Präfix abgelegte Plan.</translation>
    </message>
    <message>
        <source>Resume the install in this prefix with the plan it keeps.</source>
        <translation>Die Installation in diesem Präfix mit dem dort abgelegten Plan fortsetzen.</translation>
    </message>
    <message>
        <source>Name one prefix: dlstack resume PREFIX</source>
        <translation>Nennen Sie ein Präfix: dlstack resume PRÄFIX</translation>
    </message>
    <message>
        <source>Name one plan file or one prefix: dlstack install PLAN.json, or dlstack install --prefix PREFIX to resume with the plan kept there</source>
        <translation>Nennen Sie eine Plandatei oder ein Präfix: dlstack install PLAN.json, oder dlstack install --prefix PRÄFIX, um mit dem dort abgelegten Plan fortzusetzen</translation>
    </message>
    <message>
        <source>Resuming with the plan kept in %1</source>
        <translation>Fortsetzung mit dem in %1 abgelegten Plan</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no terminal to confirm the install on; nothing was changed. Add --yes to install without asking.</source>
        <translation>Es gibt kein Terminal, in dem die Installation bestätigt werden kann; es wurde nichts geändert. Fügen Sie --yes hinzu, um ohne Rückfrage zu installieren.</translation>
    </message>
    <message>
        <source>To use it: %1</source>
        <translation>Zur Verwendung: %1</translation>
    </message>
    <message>
        <source>The install stopped. To resume: dlstack install --prefix %1</source>
        <translation>Die Installation wurde angehalten. Zum Fortsetzen: dlstack install --prefix %1</translation>
    </message>
    <message>
        <source>To undo it: dlstack rollback --prefix %1 --all</source>
        <translation>Zum Rückgängigmachen: dlstack rollback --prefix %1 --all</translation>
    </message>
    <message>
        <source>Undo installed stages, newest first, from the prefix&apos;s journal.</source>
        <translation>Installierte Stufen anhand des Journals des Präfixes rückgängig machen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Roll back %1 in %2?</source>
        <translation>%1 in %2 zurücknehmen?</translation>
    </message>
    <message>
        <source>There is no terminal to confirm the rollback on; nothing was changed. Add --yes to roll back without asking.</source>
        <translation>Es gibt kein Terminal, in dem das Zurücknehmen bestätigt werden kann; es wurde nichts geändert. Fügen Sie --yes hinzu, um ohne Rückfrage zurückzunehmen.</translation>
    </message>
    <message>
        <source>Show the state of each stage installed into a prefix and the plan it keeps.</source>
        <translation>Den Zustand jeder in ein Präfix installierten Stufe und den dort abgelegten Plan anzeigen.</translation>
    </message>
    <message>
        <source>The plan it runs is kept in %1 (sha256 %2); resume with: dlstack install --prefix %3</source>
        <translation>Der Plan, den es ausführt, ist in %1 abgelegt (sha256 %2); fortsetzen mit: dlstack install --prefix %3</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>bundle folder</source>
        <translation>Bündelordner</translation>
    </message>
    <message>
        <source>It holds the downloads, but what is not bundled above still needs a network or another way to the offline machine; then plan with --mirror %1.</source>
        <translation>Er enthält die Downloads, aber was oben als nicht gebündelt steht, braucht weiterhin ein Netz oder einen anderen Weg auf den Offline-Rechner; dann mit --mirror %1 planen.</translation>
    </message>
    <message>
        <source>Nothing was fetched: everything this plan downloads is a git checkout or conda packages, which a bundle cannot hold; the folder does not make the install work offline.</source>
        <translation>Nichts wurde geholt: alles, was dieser Plan herunterlädt, sind Git-Checkouts oder conda-Pakete, die ein Bündel nicht aufnehmen kann; mit diesem Ordner läuft die Installation nicht offline.</translation>
    </message>
    <message>
        <source>Nothing was fetched: the plan downloads nothing, so it needs no offline folder.</source>
        <translation>Nichts wurde geholt: der Plan lädt nichts herunter und braucht daher keinen Offline-Ordner.</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (aus %3)</translation>
    </message>
    <message>
        <source>Say what a plan downloads and whether its servers answer from this machine</source>
        <translation>Sagen, was ein Plan herunterlädt und ob seine Server von diesem Rechner aus antworten</translation>
    </message>
    <message>
        <source>Print only one JSON object when the job ends: the stages that ran, were skipped or failed, with the diagnosis (the stage logs keep the output).</source>
        <translation>Am Ende des Laufs nur ein JSON-Objekt ausgeben: die ausgeführten, übersprungenen oder fehlgeschlagenen Stufen samt Diagnose (die Ausgabe bleibt in den Protokollen der Stufen).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>warning: %1 (%2)</source>
        <translation>Warnung: %1 (%2)</translation>
    </message>
    <message>
        <source>Build a development install again after an edit; only what changed is compiled</source>
        <translation>Eine Entwicklungsinstallation nach einer Änderung neu bauen; nur Geändertes wird übersetzt</translation>
    </message>
    <message>
        <source>%1 keeps no plan: nothing was installed there with dlstack install.</source>
        <translation>%1 bewahrt keinen Plan auf: dort wurde nichts mit dlstack install installiert.</translation>
    </message>
    <message>
        <source>Name the prefix of a development install (dlstack plan --route source --develop, then dlstack install).</source>
        <translation>Nennen Sie das Präfix einer Entwicklungsinstallation (dlstack plan --route source --develop, dann dlstack install).</translation>
    </message>
    <message>
        <source>If the prefix was moved, re-anchor it first with dlstack install --reanchor.</source>
        <translation>Wurde das Präfix verschoben, verankern Sie es zuerst neu mit dlstack install --reanchor.</translation>
    </message>
    <message>
        <source>After an edit in the source tree of a development install (dlstack plan --route source --develop), run its build again in the same environment: ninja rebuilds only what changed, and the environment imports the result. The command, its tree and build variables (MAX_JOBS, TORCH_CUDA_ARCH_LIST, CMake options) are the plan&apos;s, as the install ran them.</source>
        <translation>Nach einer Änderung im Quellbaum einer Entwicklungsinstallation (dlstack plan --route source --develop) deren Build in derselben Umgebung erneut ausführen: ninja baut nur Geändertes neu, und die Umgebung importiert das Ergebnis. Befehl, Baum und Build-Variablen (MAX_JOBS, TORCH_CUDA_ARCH_LIST, CMake-Optionen) sind die des Plans, wie die Installation sie verwendet hat.</translation>
    </message>
    <message>
        <source>The install prefix (or --prefix P).</source>
        <translation>Das Installationspräfix (oder --prefix P).</translation>
    </message>
    <message>
        <source>Print the command it would run; run nothing.</source>
        <translation>Den Befehl ausgeben, der laufen würde; nichts ausführen.</translation>
    </message>
    <message>
        <source>Name one prefix: dlstack rebuild PREFIX [--dry-run]</source>
        <translation>Nennen Sie ein Präfix: dlstack rebuild PRÄFIX [--dry-run]</translation>
    </message>
    <message>
        <source>Would run step %1 of stage %2 again, in %3:</source>
        <translation>Würde Schritt %1 der Stufe %2 erneut ausführen, in %3:</translation>
    </message>
    <message>
        <source>Rebuilt from %1; the environment imports the result.</source>
        <translation>Neu gebaut aus %1; die Umgebung importiert das Ergebnis.</translation>
    </message>
    <message>
        <source>The rebuild stopped; the install is as the last good build left it. After a fix, run it again: dlstack rebuild %1</source>
        <translation>Der Neubau wurde abgebrochen; die Installation ist so, wie der letzte gelungene Build sie hinterließ. Nach einer Korrektur erneut ausführen: dlstack rebuild %1</translation>
    </message>
</context>
<context>
    <name>CmakeRule</name>
    <message>
        <source>No cmake was found.</source>
        <translation>Es wurde kein cmake gefunden.</translation>
    </message>
    <message>
        <source>The build environment gets one with pip install &quot;%1&quot;.</source>
        <translation>Die Build-Umgebung erhält eines mit pip install &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Building PyTorch %1 needs CMake %2 or newer; you have %3.</source>
        <translation>Der Build von PyTorch %1 braucht CMake %2 oder neuer; Sie haben %3.</translation>
    </message>
    <message>
        <source>pip install &quot;%1&quot; in the build environment.</source>
        <translation>pip install &quot;%1&quot; in der Build-Umgebung.</translation>
    </message>
    <message>
        <source>CMake %1 removed compatibility with cmake_minimum_required below 3.5, which PyTorch %2&apos;s third-party code still declares; the configure step fails.</source>
        <translation>CMake %1 hat die Kompatibilität mit cmake_minimum_required unter 3.5 entfernt, das der Drittanbietercode von PyTorch %2 noch deklariert; der Konfigurationsschritt schlägt fehl.</translation>
    </message>
    <message>
        <source>Set CMAKE_POLICY_VERSION_MINIMUM=3.5 (dlstack&apos;s plan does), or pip install &quot;%1&quot;.</source>
        <translation>Setzen Sie CMAKE_POLICY_VERSION_MINIMUM=3.5 (der Plan von dlstack tut das) oder pip install &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>CMake %1 has a known problem with this build: %2</source>
        <translation>CMake %1 hat ein bekanntes Problem mit diesem Build: %2</translation>
    </message>
</context>
<context>
    <name>CompanionsRule</name>
    <message>
        <source>%1 has no release for PyTorch %2 (its development stopped).</source>
        <translation>%1 hat kein Release für PyTorch %2 (seine Entwicklung wurde eingestellt).</translation>
    </message>
    <message>
        <source>Drop %1, or pick torch 2.3 or older.</source>
        <translation>Lassen Sie %1 weg oder wählen Sie torch 2.3 oder älter.</translation>
    </message>
    <message>
        <source>%1 %2 does not go with PyTorch %3; its partner is %1 %4.</source>
        <translation>%1 %2 passt nicht zu PyTorch %3; sein Partner ist %1 %4.</translation>
    </message>
    <message>
        <source>Install %1==%2.</source>
        <translation>Installieren Sie %1==%2.</translation>
    </message>
    <message>
        <source>The pairing of %1 %2 with PyTorch %3 is not confirmed by a primary source.</source>
        <translation>Die Paarung von %1 %2 mit PyTorch %3 ist durch keine Primärquelle bestätigt.</translation>
    </message>
    <message>
        <source>Check the release notes before relying on it.</source>
        <translation>Prüfen Sie die Release Notes, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>The environment has %1 %2; PyTorch %3 needs %1 %4, which will replace it.</source>
        <translation>Die Umgebung hat %1 %2; PyTorch %3 braucht %1 %4, das es ersetzen wird.</translation>
    </message>
</context>
<context>
    <name>CompilerProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 hat keine Version gemeldet.</translation>
    </message>
</context>
<context>
    <name>CompilerRecipe</name>
    <message>
        <source>gcc %1 does not fit CUDA %2 (gcc &lt;= %3) and torch %4 (gcc &gt;= %5); using %6.</source>
        <translation>gcc %1 passt nicht zu CUDA %2 (gcc &lt;= %3) und torch %4 (gcc &gt;= %5); verwendet wird %6.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>gcc %1 does not fit CUDA %2 (gcc &lt;= %3); install gcc-%3 first (needs root).</source>
        <translation>gcc %1 passt nicht zu CUDA %2 (gcc &lt;= %3); installieren Sie zuerst gcc-%3 (braucht root).</translation>
    </message>
    <message>
        <source>gcc %1 does not fit CUDA %2 (gcc &lt;= %3) and torch %4 (gcc &gt;= %5); install gcc-%3 first (needs root).</source>
        <translation>gcc %1 passt nicht zu CUDA %2 (gcc &lt;= %3) und torch %4 (gcc &gt;= %5); installieren Sie zuerst gcc-%3 (braucht root).</translation>
    </message>
</context>
<context>
    <name>CompilerRule</name>
    <message>
        <source>PyTorch %1 needs gcc %2 or newer, but CUDA %3&apos;s nvcc accepts gcc up to %4: no compiler satisfies both.</source>
        <translation>PyTorch %1 braucht gcc %2 oder neuer, aber nvcc von CUDA %3 akzeptiert gcc nur bis %4: Kein Compiler erfüllt beides.</translation>
    </message>
    <message>
        <source>Pick a newer CUDA for this release, or an older PyTorch for this CUDA.</source>
        <translation>Wählen Sie ein neueres CUDA für dieses Release oder ein älteres PyTorch für dieses CUDA.</translation>
    </message>
    <message>
        <source>sudo apt install gcc-%1 g++-%1 (or in a conda env: conda install -c conda-forge gcc=%1 gxx=%1)</source>
        <translation>sudo apt install gcc-%1 g++-%1 (oder in einer conda-Umgebung: conda install -c conda-forge gcc=%1 gxx=%1)</translation>
    </message>
    <message>
        <source>No gcc was found; building PyTorch from source needs a C++%1 compiler.</source>
        <translation>Es wurde kein gcc gefunden; der Build von PyTorch aus dem Quellcode braucht einen C++%1-Compiler.</translation>
    </message>
    <message>
        <source>Install one: %1.</source>
        <translation>Installieren Sie einen: %1.</translation>
    </message>
    <message>
        <source>The default gcc %1 does not fit this build; %2 (gcc %3) does.</source>
        <translation>Der Standard-gcc %1 passt nicht zu diesem Build; %2 (gcc %3) passt.</translation>
    </message>
    <message>
        <source>Build with CC=%1 CXX=%2 CUDAHOSTCXX=%2 (dlstack&apos;s plan sets them).</source>
        <translation>Bauen Sie mit CC=%1 CXX=%2 CUDAHOSTCXX=%2 (der Plan von dlstack setzt sie).</translation>
    </message>
    <message>
        <source>Install gcc %1: %2, and build with CC=gcc-%1 CXX=g++-%1 CUDAHOSTCXX=g++-%1</source>
        <translation>Installieren Sie gcc %1: %2, und bauen Sie mit CC=gcc-%1 CXX=g++-%1 CUDAHOSTCXX=g++-%1</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>; or pick CUDA %1, whose nvcc accepts gcc %2.</source>
        <translation>; oder wählen Sie CUDA %1, dessen nvcc gcc %2 akzeptiert.</translation>
    </message>
    <message>
        <source>CUDA %1&apos;s nvcc accepts gcc up to %2; your gcc is %3 (&quot;unsupported GNU version&quot;).</source>
        <translation>nvcc von CUDA %1 akzeptiert gcc bis %2; Ihr gcc ist %3 („unsupported GNU version“).</translation>
    </message>
    <message>
        <source>Building PyTorch %1 needs gcc %2 or newer; your gcc is %3.</source>
        <translation>Der Build von PyTorch %1 braucht gcc %2 oder neuer; Ihr gcc ist %3.</translation>
    </message>
    <message>
        <source>Install a newer gcc: %1.</source>
        <translation>Installieren Sie einen neueren gcc: %1.</translation>
    </message>
</context>
<context>
    <name>CondaLocator</name>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a text file; it was ignored.</source>
        <translation>%1 ist keine Textdatei; sie wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>CudaSources</name>
    <message>
        <source>CUDA runtime</source>
        <translation>CUDA-Runtime</translation>
    </message>
    <message>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
    <message>
        <source>NCCL</source>
        <translation>NCCL</translation>
    </message>
    <message>
        <source>cuBLAS</source>
        <translation>cuBLAS</translation>
    </message>
    <message>
        <source>nvcc</source>
        <translation>nvcc</translation>
    </message>
    <message>
        <source>NVRTC</source>
        <translation>NVRTC</translation>
    </message>
    <message>
        <source>CUDA toolkit</source>
        <translation>CUDA-Toolkit</translation>
    </message>
    <message>
        <source>CUDA version pin</source>
        <translation>Festgelegte CUDA-Version</translation>
    </message>
    <message>
        <source>ROCm SDK</source>
        <translation>ROCm-SDK</translation>
    </message>
    <message>
        <source>nvcc on PATH</source>
        <translation>nvcc im PATH</translation>
    </message>
    <message>
        <source>CUDA_HOME</source>
        <translation>CUDA_HOME</translation>
    </message>
    <message>
        <source>LD_LIBRARY_PATH</source>
        <translation>LD_LIBRARY_PATH</translation>
    </message>
    <message>
        <source>GCC</source>
        <translation>GCC</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>conda</source>
        <translation>conda</translation>
    </message>
    <message>
        <source>runfile or NVIDIA packages</source>
        <translation>Runfile oder NVIDIA-Pakete</translation>
    </message>
    <message>
        <source>distribution package</source>
        <translation>Distributionspaket</translation>
    </message>
    <message>
        <source>conda packages</source>
        <translation>conda-Pakete</translation>
    </message>
    <message>
        <source>pip wheels</source>
        <translation>pip-Wheels</translation>
    </message>
    <message>
        <source>ROCm Core SDK (TheRock)</source>
        <translation>ROCm Core SDK (TheRock)</translation>
    </message>
    <message>
        <source>Where CUDA and ROCm come from</source>
        <translation>Woher CUDA und ROCm kommen</translation>
    </message>
    <message>
        <source>CUDA %1 — %2</source>
        <translation>CUDA %1 — %2</translation>
    </message>
    <message>
        <source>Source builds and CUDA extensions compile with this nvcc.</source>
        <translation>Quellcode-Builds und CUDA-Erweiterungen werden mit diesem nvcc kompiliert.</translation>
    </message>
    <message>
        <source>PyTorch&apos;s extension builder and CMake take the toolkit from here.</source>
        <translation>Der Erweiterungs-Builder von PyTorch und CMake nehmen das Toolkit von hier.</translation>
    </message>
    <message>
        <source>Searched before torch&apos;s own CUDA libraries when a process starts.</source>
        <translation>Wird beim Start eines Prozesses vor den eigenen CUDA-Bibliotheken von torch durchsucht.</translation>
    </message>
    <message>
        <source>CUDA versions</source>
        <translation>CUDA-Versionen</translation>
    </message>
    <message>
        <source>Builds and imports may use another CUDA than the one you expect.</source>
        <translation>Builds und Importe verwenden möglicherweise ein anderes CUDA als erwartet.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2 (%3 %4)</translation>
    </message>
    <message>
        <source>torch in this environment loads these before the system&apos;s, unless LD_LIBRARY_PATH names other CUDA libraries.</source>
        <translation>torch lädt in dieser Umgebung diese vor denen des Systems, sofern LD_LIBRARY_PATH keine anderen CUDA-Bibliotheken nennt.</translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation>ROCm %1</translation>
    </message>
    <message>
        <source>Another ROCm on this machine; ROCM_PATH picks one.</source>
        <translation>Ein weiteres ROCm auf diesem Rechner; ROCM_PATH wählt eines aus.</translation>
    </message>
    <message>
        <source>%1 available as a module</source>
        <translation>%1 als Modul verfügbar</translation>
    </message>
    <message>
        <source>`module load %1` provides it without installing.</source>
        <translation>`module load %1` stellt es ohne Installation bereit.</translation>
    </message>
    <message>
        <source>nvcc on PATH is %1 (%2)</source>
        <translation>nvcc im PATH ist %1 (%2)</translation>
    </message>
    <message>
        <source>CUDA_HOME is %1 (%2)</source>
        <translation>CUDA_HOME ist %1 (%2)</translation>
    </message>
    <message>
        <source>LD_LIBRARY_PATH leads to %1 (%2)</source>
        <translation>LD_LIBRARY_PATH führt zu %1 (%2)</translation>
    </message>
    <message>
        <source>torch in %1 was built with %2</source>
        <translation>torch in %1 wurde mit %2 gebaut</translation>
    </message>
    <message>
        <source>The CUDA versions this shell reaches disagree: %1. Extensions are built with the nvcc on PATH (or CUDA_HOME&apos;s), and LD_LIBRARY_PATH is searched before torch&apos;s own CUDA libraries. Point PATH and CUDA_HOME at the toolkit matching torch&apos;s CUDA and drop other CUDA directories from LD_LIBRARY_PATH.</source>
        <translation>Die CUDA-Versionen, die diese Shell erreicht, stimmen nicht überein: %1. Erweiterungen werden mit dem nvcc im PATH (oder dem von CUDA_HOME) gebaut, und LD_LIBRARY_PATH wird vor den eigenen CUDA-Bibliotheken von torch durchsucht. Lassen Sie PATH und CUDA_HOME auf das Toolkit zeigen, das zum CUDA von torch passt, und entfernen Sie andere CUDA-Verzeichnisse aus LD_LIBRARY_PATH.</translation>
    </message>
</context>
<context>
    <name>CudaToolkitProbe</name>
    <message>
        <source>Found a CUDA toolkit directory at %1 but could not tell its version.</source>
        <translation>Unter %1 wurde ein CUDA-Toolkit-Verzeichnis gefunden, aber seine Version ist nicht erkennbar.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not hold a CUDA version.</source>
        <translation>%1 enthält keine CUDA-Version.</translation>
    </message>
    <message>
        <source>unrecognised output</source>
        <translation>nicht erkannte Ausgabe</translation>
    </message>
    <message>
        <source>%1 --version did not report a version (%2).</source>
        <translation>%1 --version hat keine Version gemeldet (%2).</translation>
    </message>
</context>
<context>
    <name>CudnnProbe</name>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not state a cuDNN version.</source>
        <translation>%1 nennt keine cuDNN-Version.</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>Detects GPUs, the NVIDIA driver, CUDA toolkits, cuDNN, ROCm, compilers, build tools, conda installations and Python environments.</source>
        <translation>Erkennt GPUs, den NVIDIA-Treiber, CUDA-Toolkits, cuDNN, ROCm, Compiler, Build-Werkzeuge, conda-Installationen und Python-Umgebungen.</translation>
    </message>
    <message>
        <source>Print the profile as JSON (docs/profile-format.md).</source>
        <translation>Das Profil als JSON ausgeben (docs/profile-format.md).</translation>
    </message>
    <message>
        <source>Keep every raw output and file read in DIR, to replay elsewhere.</source>
        <translation>Jede Rohausgabe und gelesene Datei in DIR aufbewahren, um sie anderswo wiederzugeben.</translation>
    </message>
    <message>
        <source>Replay a detection saved with --save-raw instead of looking at this machine.</source>
        <translation>Eine mit --save-raw gespeicherte Erkennung wiedergeben, statt diesen Rechner zu untersuchen.</translation>
    </message>
    <message>
        <source>Measure free disk space at PATH (default: the home directory).</source>
        <translation>Freien Speicherplatz unter PATH messen (Standard: das Home-Verzeichnis).</translation>
    </message>
    <message>
        <source>Also inspect the Python environment at PATH.</source>
        <translation>Auch die Python-Umgebung unter PATH untersuchen.</translation>
    </message>
    <message>
        <source>detect takes no arguments; did you mean `dlstack import %1`?</source>
        <translation>detect nimmt keine Argumente an; meinten Sie `dlstack import %1`?</translation>
    </message>
    <message>
        <source>Raw outputs saved in %1; replay them with `dlstack detect --replay %1`.</source>
        <translation>Rohausgaben in %1 gespeichert; geben Sie sie mit `dlstack detect --replay %1` wieder.</translation>
    </message>
    <message>
        <source>Ask every compiler and tool for its version again instead of using the versions kept from earlier runs for unchanged programs.</source>
        <translation>Jeden Compiler und jedes Werkzeug erneut nach seiner Version fragen, statt die aus früheren Läufen für unveränderte Programme gemerkten Versionen zu verwenden.</translation>
    </message>
</context>
<context>
    <name>DevelopBuild</name>
    <message>
        <source>The plan of %1 builds no PyTorch from source, so there is nothing to rebuild.</source>
        <translation>Der Plan von %1 baut PyTorch nicht aus den Quellen; es gibt nichts neu zu bauen.</translation>
    </message>
    <message>
        <source>dlstack rebuild is for a development install: plan one with dlstack plan --route source --develop and install it.</source>
        <translation>dlstack rebuild ist für Entwicklungsinstallationen: planen Sie eine mit dlstack plan --route source --develop und installieren Sie sie.</translation>
    </message>
    <message>
        <source>The plan of %1 builds PyTorch from source but installs it as a package, not editable: it was planned without --develop, so its environment does not run the source tree.</source>
        <translation>Der Plan von %1 baut PyTorch aus den Quellen, installiert es aber als Paket, nicht editierbar: er wurde ohne --develop geplant, daher führt seine Umgebung nicht den Quellbaum aus.</translation>
    </message>
    <message>
        <source>Stage %1 has no pip build step.</source>
        <translation>Stufe %1 hat keinen pip-Build-Schritt.</translation>
    </message>
    <message>
        <source>Plan a development install into a new prefix with dlstack plan --route source --develop --prefix DIR and install it; dlstack rebuild DIR then rebuilds it after each edit.</source>
        <translation>Planen Sie eine Entwicklungsinstallation in ein neues Präfix mit dlstack plan --route source --develop --prefix VERZ und installieren Sie sie; dlstack rebuild VERZ baut sie dann nach jeder Änderung neu.</translation>
    </message>
    <message>
        <source>The source tree %1 of the development install in %2 is gone.</source>
        <translation>Der Quellbaum %1 der Entwicklungsinstallation in %2 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Check it out again with dlstack rollback --prefix %1 --stage %2 and dlstack install --prefix %1 (this fetches and builds it from the start).</source>
        <translation>Checken Sie ihn erneut aus mit dlstack rollback --prefix %1 --stage %2 und dlstack install --prefix %1 (das lädt und baut ihn von vorn).</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>No known cause of failure was found.</source>
        <translation>Es wurde keine bekannte Fehlerursache gefunden.</translation>
    </message>
    <message>
        <source>No known cause</source>
        <translation>Keine bekannte Ursache</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Also found</source>
        <translation>Außerdem gefunden</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Warum: </translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>Was zu tun ist: </translation>
    </message>
    <message>
        <source>There is no cause &quot;%1&quot;. Known causes: %2</source>
        <translation>Es gibt keine Ursache „%1“. Bekannte Ursachen: %2</translation>
    </message>
    <message>
        <source>Defined in: </source>
        <translation>Definiert in: </translation>
    </message>
    <message>
        <source>Seen in: </source>
        <translation>Gesehen in: </translation>
    </message>
    <message>
        <source>Finds the root cause of a failed build or install in its log and says what to do. Reads plain, .gz and .xz files, and standard input for -.</source>
        <translation>Findet die Ursache eines fehlgeschlagenen Builds oder einer fehlgeschlagenen Installation in ihrem Log und sagt, was zu tun ist. Liest einfache, .gz- und .xz-Dateien sowie die Standardeingabe bei -.</translation>
    </message>
    <message>
        <source>Print the diagnoses as JSON.</source>
        <translation>Die Diagnosen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Fill remedies with facts of this machine profile (dlstack detect --json).</source>
        <translation>Abhilfen mit Fakten dieses Rechnerprofils ergänzen (dlstack detect --json).</translation>
    </message>
    <message>
        <source>Also use the rule files (*.json) in this folder (besides %1).</source>
        <translation>Auch die Regeldateien (*.json) in diesem Ordner verwenden (neben %1).</translation>
    </message>
    <message>
        <source>Print what a cause means and what to do about it.</source>
        <translation>Ausgeben, was eine Ursache bedeutet und was dagegen zu tun ist.</translation>
    </message>
    <message>
        <source>Stop reading a FIFO or pipe after this many seconds without new output (0: wait for its end; default: 600 for a FIFO, 0 for standard input).</source>
        <translation>Das Lesen eines FIFO oder einer Pipe nach so vielen Sekunden ohne neue Ausgabe beenden (0: bis zum Ende warten; Vorgabe: 600 für einen FIFO, 0 für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Log files; - reads standard input.</source>
        <translation>Logdateien; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Name at least one log file (or - for standard input).</source>
        <translation>Nennen Sie mindestens eine Logdatei (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Skipped: </source>
        <translation>Übersprungen: </translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds, 0 or more.</source>
        <translation>--idle-timeout braucht eine Anzahl Sekunden, 0 oder mehr.</translation>
    </message>
    <message>
        <source>%1 looks like binary data, not a text log; its readable lines were diagnosed anyway.</source>
        <translation>%1 sieht nach Binärdaten aus, nicht nach einem Text-Log; die lesbaren Zeilen wurden trotzdem diagnostiziert.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 could not be read to its end (it may have been shortened while it was read); the lines before were diagnosed.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden (vielleicht wurde die Datei beim Lesen gekürzt); die Zeilen davor wurden diagnostiziert.</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>no installed gcc is old enough; install gcc-%1 and g++-%1</source>
        <translation>kein installierter gcc ist alt genug; installieren Sie gcc-%1 und g++-%1</translation>
    </message>
    <message>
        <source>gcc-%1 at %2</source>
        <translation>gcc-%1 in %2</translation>
    </message>
</context>
<context>
    <name>DiagnosisRule</name>
    <message>
        <source>a ninja build step failed</source>
        <extracomment>title of the diagnosis rule anchor_ninja_failed (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>ein ninja-Build-Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>ninja stopped because the compile or link command after &quot;FAILED:&quot; exited with an error. The compiler&apos;s own message is in the lines that follow it.</source>
        <extracomment>explanation of the diagnosis rule anchor_ninja_failed (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>ninja hat angehalten, weil der Compiler- oder Linker-Befehl nach &quot;FAILED:&quot; mit einem Fehler endete. Die eigene Meldung des Compilers steht in den Zeilen danach.</translation>
    </message>
    <message>
        <source>Read the first line with &quot;error&quot; after the FAILED: line: that is what the compiler objected to. Search for that message together with the package you are building.</source>
        <extracomment>remedy of the diagnosis rule anchor_ninja_failed (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lesen Sie die erste Zeile mit &quot;error&quot; nach der FAILED:-Zeile – daran hat sich der Compiler gestoßen. Suchen Sie nach dieser Meldung zusammen mit dem Paket, das Sie bauen.</translation>
    </message>
    <message>
        <source>the compiler reported an error</source>
        <extracomment>title of the diagnosis rule anchor_compiler_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>der Compiler hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>A compiler or linker stopped with the error shown; everything after it in the build follows from it.</source>
        <extracomment>explanation of the diagnosis rule anchor_compiler_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein Compiler oder Linker hat mit dem gezeigten Fehler angehalten; alles, was danach im Build folgt, ist eine Folge davon.</translation>
    </message>
    <message>
        <source>Look at the file and message on the marked line; a missing header, library or option there usually names the package to install or the setting to change.</source>
        <extracomment>remedy of the diagnosis rule anchor_compiler_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Sehen Sie sich Datei und Meldung in der markierten Zeile an; ein dort fehlender Header, eine fehlende Bibliothek oder Option nennt meist das zu installierende Paket oder die zu ändernde Einstellung.</translation>
    </message>
    <message>
        <source>CMake reported an error</source>
        <extracomment>title of the diagnosis rule anchor_cmake_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>CMake hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>CMake stopped while configuring the build; its message in the lines after &quot;CMake Error&quot; says which check failed.</source>
        <extracomment>explanation of the diagnosis rule anchor_cmake_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>CMake hat beim Konfigurieren des Builds angehalten; seine Meldung in den Zeilen nach &quot;CMake Error&quot; sagt, welche Prüfung fehlschlug.</translation>
    </message>
    <message>
        <source>Read the CMake Error block: it names the missing package, tool or version. Install it, or point CMake at it (e.g. -D&lt;Name&gt;_DIR=... or CMAKE_PREFIX_PATH).</source>
        <extracomment>remedy of the diagnosis rule anchor_cmake_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lesen Sie den Block CMake Error: Er nennt das fehlende Paket, Werkzeug oder die fehlende Version. Installieren Sie es oder zeigen Sie CMake den Ort (z. B. -D&lt;Name&gt;_DIR=... oder CMAKE_PREFIX_PATH).</translation>
    </message>
    <message>
        <source>a package build run by pip failed</source>
        <extracomment>title of the diagnosis rule anchor_pip_subprocess (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>ein von pip gestarteter Paket-Build ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>pip ran a package&apos;s own build or setup script, and that script failed. Its output is the block between &quot;[N lines of output]&quot; and &quot;[end of output]&quot;; the message that matters is the last error inside it.</source>
        <extracomment>explanation of the diagnosis rule anchor_pip_subprocess (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip hat das eigene Build- oder Setup-Skript eines Pakets ausgeführt, und dieses Skript ist fehlgeschlagen. Seine Ausgabe ist der Block zwischen &quot;[N lines of output]&quot; und &quot;[end of output]&quot;; entscheidend ist der letzte Fehler darin.</translation>
    </message>
    <message>
        <source>Read the last error inside the output block. Run the install again with `pip install -v` to see the whole build log if the block was cut.</source>
        <extracomment>remedy of the diagnosis rule anchor_pip_subprocess (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lesen Sie den letzten Fehler im Ausgabeblock. Führen Sie die Installation mit `pip install -v` erneut aus, um das ganze Build-Protokoll zu sehen, falls der Block gekürzt wurde.</translation>
    </message>
    <message>
        <source>a Python program raised an exception</source>
        <extracomment>title of the diagnosis rule anchor_python_traceback (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>ein Python-Programm hat eine Ausnahme ausgelöst</translation>
    </message>
    <message>
        <source>A Python program stopped with an exception; the last line of the traceback names the exception and its message.</source>
        <extracomment>explanation of the diagnosis rule anchor_python_traceback (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein Python-Programm hat mit einer Ausnahme angehalten; die letzte Zeile des Tracebacks nennt die Ausnahme und ihre Meldung.</translation>
    </message>
    <message>
        <source>Read the last line of the traceback (&quot;SomethingError: ...&quot;) and the frame above it: it names the module and the call that failed.</source>
        <extracomment>remedy of the diagnosis rule anchor_python_traceback (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lesen Sie die letzte Zeile des Tracebacks (&quot;SomethingError: ...&quot;) und den Frame darüber: Er nennt das Modul und den Aufruf, der fehlschlug.</translation>
    </message>
    <message>
        <source>a Python exception</source>
        <extracomment>title of the diagnosis rule anchor_python_exception (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>eine Python-Ausnahme</translation>
    </message>
    <message>
        <source>A Python exception was raised with the message shown.</source>
        <extracomment>explanation of the diagnosis rule anchor_python_exception (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Eine Python-Ausnahme wurde mit der gezeigten Meldung ausgelöst.</translation>
    </message>
    <message>
        <source>Search for the exception&apos;s message with the name of the package that raised it, and check that the package&apos;s version matches the rest of the stack.</source>
        <extracomment>remedy of the diagnosis rule anchor_python_exception (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Suchen Sie nach der Meldung der Ausnahme zusammen mit dem Namen des Pakets, das sie ausgelöst hat, und prüfen Sie, ob die Version des Pakets zum Rest des Stacks passt.</translation>
    </message>
    <message>
        <source>an installer reported an error</source>
        <extracomment>title of the diagnosis rule anchor_tool_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>ein Installationsprogramm hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>An installer or build tool stopped with the error shown.</source>
        <extracomment>explanation of the diagnosis rule anchor_tool_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein Installations- oder Build-Werkzeug hat mit dem gezeigten Fehler angehalten.</translation>
    </message>
    <message>
        <source>Read the marked line and the few before it; they name what the tool could not do.</source>
        <extracomment>remedy of the diagnosis rule anchor_tool_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lesen Sie die markierte Zeile und die wenigen davor; sie nennen, was das Werkzeug nicht tun konnte.</translation>
    </message>
    <message>
        <source>a build stopped after an earlier error</source>
        <extracomment>title of the diagnosis rule anchor_cascade (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>ein Build hat nach einem früheren Fehler angehalten</translation>
    </message>
    <message>
        <source>These lines only repeat that an earlier step failed; the cause is above them.</source>
        <extracomment>explanation of the diagnosis rule anchor_cascade (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Diese Zeilen wiederholen nur, dass ein früherer Schritt fehlschlug; die Ursache steht darüber.</translation>
    </message>
    <message>
        <source>Scroll up to the first error above this line.</source>
        <extracomment>remedy of the diagnosis rule anchor_cascade (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Scrollen Sie nach oben zum ersten Fehler über dieser Zeile.</translation>
    </message>
    <message>
        <source>Host C++ compiler not supported (too new for nvcc, or too old for PyTorch)</source>
        <extracomment>title of the diagnosis rule host_compiler_unsupported (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Host-C++-Compiler nicht unterstützt (zu neu für nvcc oder zu alt für PyTorch)</translation>
    </message>
    <message>
        <source>The C++ compiler that nvcc (or the PyTorch headers) would use is the wrong age. Each CUDA release only accepts host compilers up to a certain version: nvcc refuses newer gcc/clang with &apos;#error -- unsupported GNU version&apos;. The opposite also happens: PyTorch 2.x needs a C++17 compiler (gcc 9 or newer), so a very old gcc stops with &apos;C++17 or later compatible compiler is required&apos;. Every later &apos;ninja: build stopped&apos; or &apos;error: command ... failed&apos; line is only a consequence.</source>
        <extracomment>explanation of the diagnosis rule host_compiler_unsupported (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der C++-Compiler, den nvcc (oder die PyTorch-Header) verwenden würde, hat das falsche Alter. Jede CUDA-Version akzeptiert Host-Compiler nur bis zu einer bestimmten Version: nvcc lehnt neuere gcc/clang mit &apos;#error -- unsupported GNU version&apos; ab. Auch das Gegenteil kommt vor: PyTorch 2.x braucht einen C++17-Compiler (gcc 9 oder neuer), daher bricht ein sehr alter gcc mit &apos;C++17 or later compatible compiler is required&apos; ab. Jede spätere Zeile &apos;ninja: build stopped&apos; oder &apos;error: command ... failed&apos; ist nur eine Folge.</translation>
    </message>
    <message>
        <source>Check `gcc --version` (detected: gcc {gcc_version}) and `nvcc --version` (detected: CUDA {cuda_version}). If gcc is too new (the newest gcc this CUDA accepts, from the message: {gcc_max}): use an older compiler ({gcc_fitting}), e.g. `sudo apt install gcc-{gcc_max} g++-{gcc_max}`, then build with `export CC=gcc-11 CXX=g++-11 CUDAHOSTCXX=g++-11` (or pass `-ccbin g++-11` to nvcc), or install a newer CUDA toolkit that supports your gcc. If gcc is too old: install gcc 9 or newer (e.g. devtoolset/gcc-toolset on RHEL/CentOS) and make sure CMake uses C++17 (`set(CMAKE_CXX_STANDARD 17)`). Avoid `-allow-unsupported-compiler` unless you know why.</source>
        <extracomment>remedy of the diagnosis rule host_compiler_unsupported (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Prüfen Sie `gcc --version` (erkannt: gcc {gcc_version}) und `nvcc --version` (erkannt: CUDA {cuda_version}). Ist gcc zu neu (der neueste gcc, den dieses CUDA laut Meldung akzeptiert: {gcc_max}): Verwenden Sie einen älteren Compiler ({gcc_fitting}), z. B. `sudo apt install gcc-{gcc_max} g++-{gcc_max}`, und bauen Sie dann mit `export CC=gcc-11 CXX=g++-11 CUDAHOSTCXX=g++-11` (oder übergeben Sie nvcc `-ccbin g++-11`), oder installieren Sie ein neueres CUDA-Toolkit, das Ihren gcc unterstützt. Ist gcc zu alt: Installieren Sie gcc 9 oder neuer (z. B. devtoolset/gcc-toolset unter RHEL/CentOS) und sorgen Sie dafür, dass CMake C++17 verwendet (`set(CMAKE_CXX_STANDARD 17)`). Vermeiden Sie `-allow-unsupported-compiler`, wenn Sie nicht wissen, warum.</translation>
    </message>
    <message>
        <source>Compiler killed: the machine ran out of RAM while building</source>
        <extracomment>title of the diagnosis rule compiler_out_of_memory (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Compiler beendet: Dem Rechner ist beim Bauen der Arbeitsspeicher ausgegangen</translation>
    </message>
    <message>
        <source>The operating system killed the compiler because the computer ran out of memory. Building PyTorch or a CUDA extension runs many compiler processes in parallel (by default about one per CPU core) and a single one can need 2-4 GB, so on this machine ({cores} CPU cores, {memory_gib} GiB RAM) the default is too much. The &apos;make: *** Error&apos; or &apos;ninja: build stopped&apos; lines that follow are consequences, not separate problems.</source>
        <extracomment>explanation of the diagnosis rule compiler_out_of_memory (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das Betriebssystem hat den Compiler beendet, weil dem Rechner der Arbeitsspeicher ausging. Der Build von PyTorch oder einer CUDA-Erweiterung startet viele Compiler-Prozesse parallel (standardmäßig etwa einen pro CPU-Kern), und ein einzelner kann 2-4 GB brauchen; auf diesem Rechner ({cores} CPU-Kerne, {memory_gib} GiB RAM) ist die Voreinstellung daher zu viel. Die folgenden Zeilen &apos;make: *** Error&apos; oder &apos;ninja: build stopped&apos; sind Folgen, keine eigenen Probleme.</translation>
    </message>
    <message>
        <source>Run the build again with fewer parallel jobs: `export MAX_JOBS={max_jobs}` (for PyTorch/setup.py and torch.utils.cpp_extension), or `make -j{max_jobs}` / `ninja -j{max_jobs}` / `cmake --build . -j {max_jobs}`. If it still dies, set MAX_JOBS=1, close other programs, or add swap space (e.g. `sudo fallocate -l 16G /swapfile &amp;&amp; sudo chmod 600 /swapfile &amp;&amp; sudo mkswap /swapfile &amp;&amp; sudo swapon /swapfile`).</source>
        <extracomment>remedy of the diagnosis rule compiler_out_of_memory (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Starten Sie den Build erneut mit weniger parallelen Jobs: `export MAX_JOBS={max_jobs}` (für PyTorch/setup.py und torch.utils.cpp_extension) oder `make -j{max_jobs}` / `ninja -j{max_jobs}` / `cmake --build . -j {max_jobs}`. Bricht er weiterhin ab, setzen Sie MAX_JOBS=1, schließen Sie andere Programme oder fügen Sie Swap-Speicher hinzu (z. B. `sudo fallocate -l 16G /swapfile &amp;&amp; sudo chmod 600 /swapfile &amp;&amp; sudo mkswap /swapfile &amp;&amp; sudo swapon /swapfile`).</translation>
    </message>
    <message>
        <source>CMake version does not fit the project</source>
        <extracomment>title of the diagnosis rule cmake_version (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>CMake-Version passt nicht zum Projekt</translation>
    </message>
    <message>
        <source>The CMake program on this machine does not match what the project&apos;s CMakeLists.txt expects. Either CMake is too old (the project asks for a newer minimum version or policy), or CMake is too new: CMake 4.0 removed support for projects that declare cmake_minimum_required below 3.5. pip&apos;s build isolation often downloads the newest CMake automatically, which triggers the second case.</source>
        <extracomment>explanation of the diagnosis rule cmake_version (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das CMake-Programm auf diesem Rechner passt nicht zu dem, was die CMakeLists.txt des Projekts erwartet. Entweder ist CMake zu alt (das Projekt verlangt eine neuere Mindestversion oder Policy), oder CMake ist zu neu: CMake 4.0 hat die Unterstützung für Projekte entfernt, die cmake_minimum_required unter 3.5 angeben. Die Build-Isolation von pip lädt oft automatisch das neueste CMake herunter, was den zweiten Fall auslöst.</translation>
    </message>
    <message>
        <source>Check `cmake --version`. If it is too old: `pip install -U &quot;cmake&gt;=3.18&quot;` (or use your distro backports). If it is CMake 4.x and the project is old: install a 3.x release (`pip install &quot;cmake&lt;4&quot;`) and build with `pip install --no-build-isolation ...`, or configure with `-DCMAKE_POLICY_VERSION_MINIMUM=3.5` (env: `export CMAKE_POLICY_VERSION_MINIMUM=3.5`).</source>
        <extracomment>remedy of the diagnosis rule cmake_version (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Prüfen Sie `cmake --version`. Ist es zu alt: `pip install -U &quot;cmake&gt;=3.18&quot;` (oder nutzen Sie die Backports Ihrer Distribution). Ist es CMake 4.x und das Projekt alt: Installieren Sie eine 3.x-Version (`pip install &quot;cmake&lt;4&quot;`) und bauen Sie mit `pip install --no-build-isolation ...`, oder konfigurieren Sie mit `-DCMAKE_POLICY_VERSION_MINIMUM=3.5` (als Umgebungsvariable: `export CMAKE_POLICY_VERSION_MINIMUM=3.5`).</translation>
    </message>
    <message>
        <source>Git submodules (third_party/...) were not checked out</source>
        <extracomment>title of the diagnosis rule submodules_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Git-Submodule (third_party/...) wurden nicht ausgecheckt</translation>
    </message>
    <message>
        <source>The source tree is incomplete: PyTorch (and many CUDA projects) keep their dependencies in git submodules under third_party/. A plain `git clone`, a ZIP download, or an interrupted clone leaves those folders empty, so CMake cannot find them. Errors such as &apos;set_property could not find TARGET&apos; are follow-ups of the same cause.</source>
        <extracomment>explanation of the diagnosis rule submodules_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Quellbaum ist unvollständig: PyTorch (und viele CUDA-Projekte) halten ihre Abhängigkeiten in Git-Submodulen unter third_party/. Ein einfaches `git clone`, ein ZIP-Download oder ein abgebrochener Clone lässt diese Ordner leer, sodass CMake sie nicht findet. Fehler wie &apos;set_property could not find TARGET&apos; sind Folgen derselben Ursache.</translation>
    </message>
    <message>
        <source>From the repository root run `git submodule sync &amp;&amp; git submodule update --init --recursive` (add `--jobs 0` for speed), then `python setup.py clean` (or delete the build/ folder) and build again. If you downloaded a ZIP/tarball, clone with `git clone --recursive` instead.</source>
        <extracomment>remedy of the diagnosis rule submodules_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Führen Sie im Wurzelverzeichnis des Repositorys `git submodule sync &amp;&amp; git submodule update --init --recursive` aus (mit `--jobs 0` geht es schneller), dann `python setup.py clean` (oder löschen Sie den Ordner build/) und bauen Sie erneut. Haben Sie ein ZIP/Tarball heruntergeladen, klonen Sie stattdessen mit `git clone --recursive`.</translation>
    </message>
    <message>
        <source>Python development headers (Python.h) are missing</source>
        <extracomment>title of the diagnosis rule python_headers_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Python-Entwicklungsheader (Python.h) fehlen</translation>
    </message>
    <message>
        <source>A C/C++ extension is being compiled and needs the header files of your Python interpreter, but only the runtime is installed. The lines &apos;error: command &apos;gcc&apos; failed with exit status 1&apos; and &apos;Failed building wheel&apos; after it are only the consequence.</source>
        <extracomment>explanation of the diagnosis rule python_headers_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Eine C/C++-Erweiterung wird kompiliert und braucht die Header-Dateien Ihres Python-Interpreters, aber nur die Laufzeit ist installiert. Die Zeilen &apos;error: command &apos;gcc&apos; failed with exit status 1&apos; und &apos;Failed building wheel&apos; danach sind nur die Folge.</translation>
    </message>
    <message>
        <source>Install the headers that match the Python you build for (Python {python_version}): Debian/Ubuntu `sudo apt install python3-dev` (or `python3.X-dev` for a specific version), Fedora/RHEL `sudo dnf install python3-devel`. In conda/venv environments made from a conda Python the headers are included; make sure the build really uses that interpreter.</source>
        <extracomment>remedy of the diagnosis rule python_headers_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installieren Sie die Header passend zu dem Python, für das Sie bauen (Python {python_version}): Debian/Ubuntu `sudo apt install python3-dev` (oder `python3.X-dev` für eine bestimmte Version), Fedora/RHEL `sudo dnf install python3-devel`. In conda- oder venv-Umgebungen aus einem conda-Python sind die Header enthalten; stellen Sie sicher, dass der Build wirklich diesen Interpreter verwendet.</translation>
    </message>
    <message>
        <source>Ninja build tool not found</source>
        <extracomment>title of the diagnosis rule ninja_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Build-Werkzeug Ninja nicht gefunden</translation>
    </message>
    <message>
        <source>torch.utils.cpp_extension (used by JIT-loaded and many pip-built CUDA extensions) drives the compiler through the ninja build tool, and ninja is not installed or not on PATH for this Python environment.</source>
        <extracomment>explanation of the diagnosis rule ninja_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>torch.utils.cpp_extension (verwendet von per JIT geladenen und vielen mit pip gebauten CUDA-Erweiterungen) steuert den Compiler über das Build-Werkzeug ninja, und ninja ist für diese Python-Umgebung nicht installiert oder nicht im PATH.</translation>
    </message>
    <message>
        <source>Install it into the same environment: `pip install ninja` (or `conda install ninja`, or `sudo apt install ninja-build`), then check `ninja --version` works in the same shell. If it still fails, make sure the environment&apos;s bin/ (Scripts\ on Windows) folder is on PATH.</source>
        <extracomment>remedy of the diagnosis rule ninja_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installieren Sie es in dieselbe Umgebung: `pip install ninja` (oder `conda install ninja` oder `sudo apt install ninja-build`) und prüfen Sie dann, ob `ninja --version` in derselben Shell funktioniert. Schlägt es weiterhin fehl, stellen Sie sicher, dass der Ordner bin/ der Umgebung (Scripts\ unter Windows) im PATH liegt.</translation>
    </message>
    <message>
        <source>libstdc++ on the system is older than the binary needs</source>
        <extracomment>title of the diagnosis rule libstdcxx_too_old (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>libstdc++ des Systems ist älter, als das Programm braucht</translation>
    </message>
    <message>
        <source>A compiled library (often torch/lib/libtorch_python.so or an extension) was built with a newer C++ compiler than the libstdc++.so.6 that gets loaded. Usually the system copy in /usr/lib is picked up instead of the newer one shipped in your conda environment, or the operating system is simply older than the wheel.</source>
        <extracomment>explanation of the diagnosis rule libstdcxx_too_old (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Eine kompilierte Bibliothek (oft torch/lib/libtorch_python.so oder eine Erweiterung) wurde mit einem neueren C++-Compiler gebaut als die geladene libstdc++.so.6. Meist wird die Systemkopie in /usr/lib statt der neueren aus Ihrer conda-Umgebung geladen, oder das Betriebssystem ist schlicht älter als das Wheel.</translation>
    </message>
    <message>
        <source>Find which versions you have: `strings /usr/lib/x86_64-linux-gnu/libstdc++.so.6 | grep GLIBCXX` (needs {glibcxx}). In conda: `conda install -c conda-forge libstdcxx-ng` (or &apos;libstdcxx&apos;) and make sure the environment&apos;s lib is used (`export LD_LIBRARY_PATH=$CONDA_PREFIX/lib:$LD_LIBRARY_PATH`). On the system: upgrade libstdc++ (newer gcc runtime / distro release), or install a wheel built for an older platform.</source>
        <extracomment>remedy of the diagnosis rule libstdcxx_too_old (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ermitteln Sie, welche Versionen Sie haben: `strings /usr/lib/x86_64-linux-gnu/libstdc++.so.6 | grep GLIBCXX` (benötigt wird {glibcxx}). In conda: `conda install -c conda-forge libstdcxx-ng` (oder &apos;libstdcxx&apos;) und sorgen Sie dafür, dass das lib der Umgebung verwendet wird (`export LD_LIBRARY_PATH=$CONDA_PREFIX/lib:$LD_LIBRARY_PATH`). Im System: Aktualisieren Sie libstdc++ (neuere gcc-Laufzeit / Distributionsversion) oder installieren Sie ein Wheel, das für eine ältere Plattform gebaut wurde.</translation>
    </message>
    <message>
        <source>GPU architecture not supported by this CUDA toolkit or PyTorch build</source>
        <extracomment>title of the diagnosis rule gpu_arch_unsupported (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>GPU-Architektur wird von diesem CUDA-Toolkit oder PyTorch-Build nicht unterstützt</translation>
    </message>
    <message>
        <source>The code was built for a different GPU generation than the one in this machine ({gpu_name}, compute capability {compute_capability}). Either the CUDA toolkit is too old to know the card (e.g. compute_89 needs CUDA 11.8, sm_120 needs CUDA 12.8), or the installed PyTorch wheel does not contain kernels for it (new cards on old wheels, or old cards on new wheels that dropped them).</source>
        <extracomment>explanation of the diagnosis rule gpu_arch_unsupported (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Code wurde für eine andere GPU-Generation gebaut als die in diesem Rechner ({gpu_name}, Compute Capability {compute_capability}). Entweder ist das CUDA-Toolkit zu alt, um die Karte zu kennen (z. B. braucht compute_89 CUDA 11.8, sm_120 CUDA 12.8), oder das installierte PyTorch-Wheel enthält keine Kernels dafür (neue Karten mit alten Wheels oder alte Karten mit neuen Wheels, die sie gestrichen haben).</translation>
    </message>
    <message>
        <source>For a build error: install a newer CUDA toolkit, or restrict the build to supported architectures, e.g. `export TORCH_CUDA_ARCH_LIST=&quot;8.6&quot;` (choose a value your nvcc lists in `nvcc --list-gpu-arch`). For a runtime error: install a PyTorch wheel that includes your GPU, e.g. for RTX 50xx (sm_120) a cu128 build: `pip install torch --index-url https://download.pytorch.org/whl/cu128`. Check the wheel with `python -c &quot;import torch; print(torch.cuda.get_arch_list())&quot;`.</source>
        <extracomment>remedy of the diagnosis rule gpu_arch_unsupported (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Bei einem Build-Fehler: Installieren Sie ein neueres CUDA-Toolkit oder beschränken Sie den Build auf unterstützte Architekturen, z. B. `export TORCH_CUDA_ARCH_LIST=&quot;8.6&quot;` (wählen Sie einen Wert, den Ihr nvcc in `nvcc --list-gpu-arch` aufführt). Bei einem Laufzeitfehler: Installieren Sie ein PyTorch-Wheel, das Ihre GPU enthält, z. B. für RTX 50xx (sm_120) einen cu128-Build: `pip install torch --index-url https://download.pytorch.org/whl/cu128`. Prüfen Sie das Wheel mit `python -c &quot;import torch; print(torch.cuda.get_arch_list())&quot;`.</translation>
    </message>
    <message>
        <source>Local CUDA toolkit differs from the CUDA version PyTorch was built with</source>
        <extracomment>title of the diagnosis rule cuda_version_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lokales CUDA-Toolkit weicht von der CUDA-Version ab, mit der PyTorch gebaut wurde</translation>
    </message>
    <message>
        <source>When compiling a CUDA extension, torch.utils.cpp_extension compares the nvcc it finds (CUDA_HOME, here {cuda_found}) with the CUDA version your PyTorch wheel was built with. A different major version cannot be mixed, so the build stops before compiling anything.</source>
        <extracomment>explanation of the diagnosis rule cuda_version_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Beim Kompilieren einer CUDA-Erweiterung vergleicht torch.utils.cpp_extension das gefundene nvcc (CUDA_HOME, hier {cuda_found}) mit der CUDA-Version, mit der Ihr PyTorch-Wheel gebaut wurde. Verschiedene Hauptversionen lassen sich nicht mischen, daher hält der Build an, bevor irgendetwas kompiliert wird.</translation>
    </message>
    <message>
        <source>Make both match (this environment&apos;s torch was built with CUDA {torch_cuda}; the toolkit found is {cuda_version}). Either install the PyTorch build for your toolkit (see `nvcc --version`, e.g. `pip install torch --index-url https://download.pytorch.org/whl/cu121` for CUDA 12.1), or install the toolkit version PyTorch uses (`python -c &quot;import torch; print(torch.version.cuda)&quot;`) and point to it: `export CUDA_HOME=/usr/local/cuda-XX.Y PATH=/usr/local/cuda-XX.Y/bin:$PATH`.</source>
        <extracomment>remedy of the diagnosis rule cuda_version_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Bringen Sie beide in Einklang (das torch dieser Umgebung wurde mit CUDA {torch_cuda} gebaut; das gefundene Toolkit ist {cuda_version}). Installieren Sie entweder den PyTorch-Build für Ihr Toolkit (siehe `nvcc --version`, z. B. `pip install torch --index-url https://download.pytorch.org/whl/cu121` für CUDA 12.1), oder installieren Sie die Toolkit-Version, die PyTorch verwendet (`python -c &quot;import torch; print(torch.version.cuda)&quot;`), und verweisen Sie darauf: `export CUDA_HOME=/usr/local/cuda-XX.Y PATH=/usr/local/cuda-XX.Y/bin:$PATH`.</translation>
    </message>
    <message>
        <source>cuDNN library not found at run time</source>
        <extracomment>title of the diagnosis rule cudnn_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>cuDNN-Bibliothek zur Laufzeit nicht gefunden</translation>
    </message>
    <message>
        <source>A program (often CTranslate2/faster-whisper, ONNX Runtime or TensorFlow, sometimes PyTorch itself) wants the cuDNN shared libraries, but the dynamic loader cannot find the required major version (for example cuDNN 8 vs cuDNN 9) on the library path.</source>
        <extracomment>explanation of the diagnosis rule cudnn_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein Programm (oft CTranslate2/faster-whisper, ONNX Runtime oder TensorFlow, manchmal PyTorch selbst) will die gemeinsamen Bibliotheken von cuDNN, aber der dynamische Lader findet die benötigte Hauptversion (zum Beispiel cuDNN 8 statt cuDNN 9) nicht im Bibliothekspfad.</translation>
    </message>
    <message>
        <source>Install the cuDNN major version the program expects, e.g. `pip install nvidia-cudnn-cu12==8.*` (or `nvidia-cudnn-cu11`, or `sudo apt install libcudnn8`), then make it visible: `export LD_LIBRARY_PATH=$(python3 -c &apos;import os, nvidia.cudnn.lib; print(os.path.dirname(nvidia.cudnn.lib.__file__))&apos;):$LD_LIBRARY_PATH`. Alternatively upgrade the program to a version built for the cuDNN you have.</source>
        <extracomment>remedy of the diagnosis rule cudnn_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installieren Sie die cuDNN-Hauptversion, die das Programm erwartet, z. B. `pip install nvidia-cudnn-cu12==8.*` (oder `nvidia-cudnn-cu11` oder `sudo apt install libcudnn8`), und machen Sie sie dann sichtbar: `export LD_LIBRARY_PATH=$(python3 -c &apos;import os, nvidia.cudnn.lib; print(os.path.dirname(nvidia.cudnn.lib.__file__))&apos;):$LD_LIBRARY_PATH`. Alternativ aktualisieren Sie das Programm auf eine Version, die für Ihr vorhandenes cuDNN gebaut ist.</translation>
    </message>
    <message>
        <source>Wrong cuDNN version loaded</source>
        <extracomment>title of the diagnosis rule cudnn_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Falsche cuDNN-Version geladen</translation>
    </message>
    <message>
        <source>PyTorch ships its own cuDNN, but another cuDNN (from /usr/local/cuda, LD_LIBRARY_PATH or conda) was loaded first and its version does not match. CUDNN_STATUS_NOT_INITIALIZED usually has the same cause (or, less often, the GPU ran out of memory while cuDNN was starting).</source>
        <extracomment>explanation of the diagnosis rule cudnn_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>PyTorch bringt sein eigenes cuDNN mit, aber ein anderes cuDNN (aus /usr/local/cuda, LD_LIBRARY_PATH oder conda) wurde zuerst geladen, und seine Version passt nicht. CUDNN_STATUS_NOT_INITIALIZED hat meist dieselbe Ursache (oder, seltener, der GPU ging beim Start von cuDNN der Speicher aus).</translation>
    </message>
    <message>
        <source>Remove foreign cuDNN paths from LD_LIBRARY_PATH (`echo $LD_LIBRARY_PATH`; unset it for a test) so the cuDNN bundled with PyTorch is used, or reinstall PyTorch from the official index so its nvidia-cudnn package matches. Check with `python -c &quot;import torch; print(torch.backends.cudnn.version())&quot;`. If the message is CUDNN_STATUS_NOT_INITIALIZED and versions look fine, try a smaller batch size.</source>
        <extracomment>remedy of the diagnosis rule cudnn_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Entfernen Sie fremde cuDNN-Pfade aus LD_LIBRARY_PATH (`echo $LD_LIBRARY_PATH`; für einen Test die Variable löschen), damit das mit PyTorch gelieferte cuDNN verwendet wird, oder installieren Sie PyTorch neu aus dem offiziellen Index, damit sein Paket nvidia-cudnn passt. Prüfen Sie mit `python -c &quot;import torch; print(torch.backends.cudnn.version())&quot;`. Lautet die Meldung CUDNN_STATUS_NOT_INITIALIZED und die Versionen sehen richtig aus, versuchen Sie eine kleinere Batch-Größe.</translation>
    </message>
    <message>
        <source>CUDA toolkit (nvcc) not found</source>
        <extracomment>title of the diagnosis rule cuda_toolkit_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>CUDA-Toolkit (nvcc) nicht gefunden</translation>
    </message>
    <message>
        <source>Building a CUDA extension needs the full CUDA toolkit (the nvcc compiler and headers). The NVIDIA driver and the CUDA libraries inside the PyTorch wheel are not enough, and the build could not find nvcc via CUDA_HOME or PATH. &apos;No CUDA runtime is found&apos; additionally means PyTorch saw no usable GPU at build time.</source>
        <extracomment>explanation of the diagnosis rule cuda_toolkit_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Build einer CUDA-Erweiterung braucht das vollständige CUDA-Toolkit (den Compiler nvcc und die Header). Der NVIDIA-Treiber und die CUDA-Bibliotheken im PyTorch-Wheel genügen nicht, und der Build konnte nvcc weder über CUDA_HOME noch über PATH finden. &apos;No CUDA runtime is found&apos; bedeutet zusätzlich, dass PyTorch beim Build keine nutzbare GPU sah.</translation>
    </message>
    <message>
        <source>GPU ran out of memory</source>
        <extracomment>title of the diagnosis rule cuda_out_of_memory (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der GPU ist der Speicher ausgegangen</translation>
    </message>
    <message>
        <source>The program asked the GPU ({gpu_name}) for more memory than is free. This is a workload problem, not an installation problem: the model, batch or image size is too big for this card, or another process already holds GPU memory.</source>
        <extracomment>explanation of the diagnosis rule cuda_out_of_memory (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das Programm hat von der GPU ({gpu_name}) mehr Speicher verlangt, als frei ist. Das ist ein Problem der Arbeitslast, kein Installationsproblem: Modell, Batch oder Bildgröße sind zu groß für diese Karte, oder ein anderer Prozess belegt bereits GPU-Speicher.</translation>
    </message>
    <message>
        <source>Check `nvidia-smi` for other processes and stop them. Reduce batch size / resolution / sequence length, use half precision (fp16/bf16), gradient checkpointing or CPU offload options of your tool. If &apos;reserved but unallocated&apos; is large, try `export PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True`.</source>
        <extracomment>remedy of the diagnosis rule cuda_out_of_memory (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Prüfen Sie mit `nvidia-smi`, ob andere Prozesse laufen, und beenden Sie sie. Verringern Sie Batch-Größe / Auflösung / Sequenzlänge, verwenden Sie halbe Genauigkeit (fp16/bf16), Gradient Checkpointing oder die CPU-Offload-Optionen Ihres Werkzeugs. Ist &apos;reserved but unallocated&apos; groß, versuchen Sie `export PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True`.</translation>
    </message>
    <message>
        <source>PyTorch without CUDA support is installed</source>
        <extracomment>title of the diagnosis rule cpu_only_torch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>PyTorch ohne CUDA-Unterstützung ist installiert</translation>
    </message>
    <message>
        <source>The installed torch package is a CPU-only build (the default on macOS, and what pip gives you on Windows or when the wrong index is used), so every &apos;.cuda()&apos; or device=&apos;cuda&apos; call fails.</source>
        <extracomment>explanation of the diagnosis rule cpu_only_torch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das installierte Paket torch ist ein reiner CPU-Build (Standard unter macOS und das, was pip unter Windows oder mit dem falschen Index liefert), daher schlägt jeder Aufruf von &apos;.cuda()&apos; oder device=&apos;cuda&apos; fehl.</translation>
    </message>
    <message>
        <source>Uninstall it and install a CUDA build: `pip uninstall -y torch torchvision torchaudio` then `pip install torch torchvision torchaudio --index-url https://download.pytorch.org/whl/cu121` (pick the cuXXX matching your driver, see pytorch.org). Verify with `python -c &quot;import torch; print(torch.__version__, torch.cuda.is_available())&quot;` — the version must end in +cuXXX. On a Mac without NVIDIA GPU, run on CPU or &apos;mps&apos; instead.</source>
        <extracomment>remedy of the diagnosis rule cpu_only_torch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Deinstallieren Sie es und installieren Sie einen CUDA-Build: `pip uninstall -y torch torchvision torchaudio`, dann `pip install torch torchvision torchaudio --index-url https://download.pytorch.org/whl/cu121` (wählen Sie das zu Ihrem Treiber passende cuXXX, siehe pytorch.org). Prüfen Sie mit `python -c &quot;import torch; print(torch.__version__, torch.cuda.is_available())&quot;` — die Version muss auf +cuXXX enden. Auf einem Mac ohne NVIDIA-GPU rechnen Sie stattdessen auf der CPU oder mit &apos;mps&apos;.</translation>
    </message>
    <message>
        <source>NCCL/RCCL multi-GPU communication failure</source>
        <extracomment>title of the diagnosis rule nccl_error (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Fehler in der Multi-GPU-Kommunikation (NCCL/RCCL)</translation>
    </message>
    <message>
        <source>A distributed (multi-GPU or multi-node) job failed inside NCCL (or RCCL on AMD), the library that moves tensors between GPUs. Typical causes: GPU peer-to-peer (P2P) transfers that hang or fail (common on consumer boards, WSL, virtual machines, some AMD setups), a too small /dev/shm in Docker, a wrong network interface, or one rank crashing so the others wait until the watchdog timeout.</source>
        <extracomment>explanation of the diagnosis rule nccl_error (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein verteilter Job (mehrere GPUs oder Knoten) ist in NCCL (oder RCCL bei AMD) fehlgeschlagen, der Bibliothek, die Tensoren zwischen GPUs bewegt. Typische Ursachen: GPU-Peer-to-Peer-Übertragungen (P2P), die hängen oder fehlschlagen (häufig auf Consumer-Boards, unter WSL, in virtuellen Maschinen, bei manchen AMD-Systemen), ein zu kleines /dev/shm in Docker, eine falsche Netzwerkschnittstelle oder ein abgestürzter Rank, sodass die anderen bis zum Watchdog-Timeout warten.</translation>
    </message>
    <message>
        <source>Rerun with `NCCL_DEBUG=INFO` to see the real error. Test `NCCL_P2P_DISABLE=1` (and `NCCL_IB_DISABLE=1` on machines without InfiniBand); in Docker add `--ipc=host` or `--shm-size=16g`; pin the network with `NCCL_SOCKET_IFNAME=eth0`. On AMD use the RCCL from the same ROCm release as PyTorch. If one rank died first (look for the first error above the timeout), fix that error.</source>
        <extracomment>remedy of the diagnosis rule nccl_error (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Starten Sie erneut mit `NCCL_DEBUG=INFO`, um den eigentlichen Fehler zu sehen. Testen Sie `NCCL_P2P_DISABLE=1` (und `NCCL_IB_DISABLE=1` auf Rechnern ohne InfiniBand); in Docker ergänzen Sie `--ipc=host` oder `--shm-size=16g`; legen Sie die Netzwerkschnittstelle mit `NCCL_SOCKET_IFNAME=eth0` fest. Bei AMD verwenden Sie das RCCL aus derselben ROCm-Version wie PyTorch. Ist ein Rank zuerst gestorben (suchen Sie den ersten Fehler über dem Timeout), beheben Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>NVIDIA driver too old for this CUDA/PyTorch</source>
        <extracomment>title of the diagnosis rule driver_too_old (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>NVIDIA-Treiber zu alt für dieses CUDA/PyTorch</translation>
    </message>
    <message>
        <source>Each CUDA version needs a minimum NVIDIA driver. Your driver ({driver_version}) only supports an older CUDA than the one your PyTorch (or program) was built with. The number in the message ({driver_cuda}) is the newest CUDA the driver supports, written as 1000*major + 10*minor: 11040 means CUDA 11.4.</source>
        <extracomment>explanation of the diagnosis rule driver_too_old (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Jede CUDA-Version braucht einen Mindesttreiber von NVIDIA. Ihr Treiber ({driver_version}) unterstützt nur ein älteres CUDA als das, mit dem Ihr PyTorch (oder Programm) gebaut wurde. Die Zahl in der Meldung ({driver_cuda}) ist das neueste CUDA, das der Treiber unterstützt, geschrieben als 1000*Haupt- + 10*Nebenversion: 11040 bedeutet CUDA 11.4.</translation>
    </message>
    <message>
        <source>Either update the NVIDIA driver (Ubuntu: `sudo ubuntu-drivers install` or `sudo apt install nvidia-driver-550`, then reboot; `nvidia-smi` shows the highest supported &apos;CUDA Version&apos;), or install a PyTorch build for an older CUDA that your driver supports, e.g. `pip install torch --index-url https://download.pytorch.org/whl/cu118`.</source>
        <extracomment>remedy of the diagnosis rule driver_too_old (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Aktualisieren Sie entweder den NVIDIA-Treiber (Ubuntu: `sudo ubuntu-drivers install` oder `sudo apt install nvidia-driver-550`, dann neu starten; `nvidia-smi` zeigt die höchste unterstützte &apos;CUDA Version&apos;), oder installieren Sie einen PyTorch-Build für ein älteres CUDA, das Ihr Treiber unterstützt, z. B. `pip install torch --index-url https://download.pytorch.org/whl/cu118`.</translation>
    </message>
    <message>
        <source>NVIDIA driver not installed or not loaded</source>
        <extracomment>title of the diagnosis rule driver_not_loaded (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>NVIDIA-Treiber nicht installiert oder nicht geladen</translation>
    </message>
    <message>
        <source>Software asked for the GPU but the NVIDIA driver cannot be reached: it is not installed, was built for a different kernel (after a kernel update), was blocked, the GPU is not passed into the container/VM, or the driver library libcuda.so is not on the library path (common on WSL, where it lives in /usr/lib/wsl/lib).</source>
        <extracomment>explanation of the diagnosis rule driver_not_loaded (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Software hat die GPU angefordert, aber der NVIDIA-Treiber ist nicht erreichbar: Er ist nicht installiert, wurde für einen anderen Kernel gebaut (nach einem Kernel-Update), wurde blockiert, die GPU wird nicht in den Container bzw. die VM durchgereicht, oder die Treiberbibliothek libcuda.so liegt nicht im Bibliothekspfad (häufig unter WSL, wo sie in /usr/lib/wsl/lib liegt).</translation>
    </message>
    <message>
        <source>Run `nvidia-smi` and `lsmod | grep nvidia`. Install/reinstall the driver (Ubuntu: `sudo ubuntu-drivers install`) and reboot; after a kernel update reinstall the DKMS module (`sudo dkms autoinstall`). In Docker use `--gpus all` with the NVIDIA Container Toolkit. On WSL install only the Windows driver and add `export LD_LIBRARY_PATH=/usr/lib/wsl/lib:$LD_LIBRARY_PATH`. Check the rules for Secure Boot and nouveau if they also match.</source>
        <extracomment>remedy of the diagnosis rule driver_not_loaded (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Führen Sie `nvidia-smi` und `lsmod | grep nvidia` aus. Installieren Sie den Treiber (neu) (Ubuntu: `sudo ubuntu-drivers install`) und starten Sie neu; nach einem Kernel-Update installieren Sie das DKMS-Modul neu (`sudo dkms autoinstall`). In Docker verwenden Sie `--gpus all` mit dem NVIDIA Container Toolkit. Unter WSL installieren Sie nur den Windows-Treiber und ergänzen `export LD_LIBRARY_PATH=/usr/lib/wsl/lib:$LD_LIBRARY_PATH`. Prüfen Sie die Regeln zu Secure Boot und nouveau, falls diese ebenfalls zutreffen.</translation>
    </message>
    <message>
        <source>NVIDIA driver installation conflict or half-finished upgrade</source>
        <extracomment>title of the diagnosis rule driver_install_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Konflikt zwischen NVIDIA-Treiberinstallationen oder halb abgeschlossenes Upgrade</translation>
    </message>
    <message>
        <source>Two NVIDIA driver installations are fighting: the user-space libraries and the loaded kernel module have different versions (typically after an automatic apt upgrade without reboot), packages from different driver branches or from the .run installer and apt overlap, or the .run installer was started while the driver was in use.</source>
        <extracomment>explanation of the diagnosis rule driver_install_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Zwei Installationen des NVIDIA-Treibers stören sich: Die Bibliotheken im Benutzerbereich und das geladene Kernelmodul haben verschiedene Versionen (typisch nach einem automatischen apt-Upgrade ohne Neustart), Pakete aus verschiedenen Treiberzweigen oder aus dem .run-Installer und apt überlappen sich, oder der .run-Installer wurde gestartet, während der Treiber in Gebrauch war.</translation>
    </message>
    <message>
        <source>If nvidia-smi says &apos;Driver/library version mismatch&apos;, a reboot usually fixes it. Otherwise remove all driver variants and install one cleanly: `sudo apt purge &apos;*nvidia*&apos;` (and `sudo nvidia-uninstall` if you ever used a .run file), `sudo apt autoremove`, then `sudo ubuntu-drivers install` and reboot. Use the .run installer only from a text console with the display manager stopped. To stop surprise upgrades: `sudo apt-mark hold` the driver packages.</source>
        <extracomment>remedy of the diagnosis rule driver_install_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Meldet nvidia-smi &apos;Driver/library version mismatch&apos;, hilft meist ein Neustart. Andernfalls entfernen Sie alle Treibervarianten und installieren sauber einen: `sudo apt purge &apos;*nvidia*&apos;` (und `sudo nvidia-uninstall`, falls Sie je eine .run-Datei verwendet haben), `sudo apt autoremove`, dann `sudo ubuntu-drivers install` und neu starten. Verwenden Sie den .run-Installer nur von einer Textkonsole mit angehaltenem Display-Manager. Gegen überraschende Upgrades: die Treiberpakete mit `sudo apt-mark hold` festhalten.</translation>
    </message>
    <message>
        <source>Open-source nouveau driver blocks the NVIDIA driver</source>
        <extracomment>title of the diagnosis rule nouveau_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der freie Treiber nouveau blockiert den NVIDIA-Treiber</translation>
    </message>
    <message>
        <source>Linux loaded the built-in open-source &apos;nouveau&apos; driver for the card, and it keeps the GPU, so the proprietary NVIDIA driver cannot install or attach.</source>
        <extracomment>explanation of the diagnosis rule nouveau_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Linux hat für die Karte den eingebauten freien Treiber &apos;nouveau&apos; geladen, und dieser belegt die GPU, sodass sich der proprietäre NVIDIA-Treiber weder installieren noch anbinden lässt.</translation>
    </message>
    <message>
        <source>Blacklist nouveau and rebuild the initramfs: create /etc/modprobe.d/blacklist-nouveau.conf containing `blacklist nouveau` and `options nouveau modeset=0`, run `sudo update-initramfs -u` (Fedora/RHEL: `sudo dracut --force`), reboot, then install the NVIDIA driver (preferably from the distro packages, which do this for you).</source>
        <extracomment>remedy of the diagnosis rule nouveau_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Sperren Sie nouveau und erzeugen Sie das initramfs neu: Legen Sie /etc/modprobe.d/blacklist-nouveau.conf mit `blacklist nouveau` und `options nouveau modeset=0` an, führen Sie `sudo update-initramfs -u` aus (Fedora/RHEL: `sudo dracut --force`), starten Sie neu und installieren Sie dann den NVIDIA-Treiber (am besten aus den Paketen der Distribution, die dies für Sie erledigen).</translation>
    </message>
    <message>
        <source>Secure Boot rejects the unsigned NVIDIA kernel module</source>
        <extracomment>title of the diagnosis rule secure_boot_blocks_driver (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Secure Boot weist das unsignierte NVIDIA-Kernelmodul zurück</translation>
    </message>
    <message>
        <source>UEFI Secure Boot is on and the NVIDIA kernel module (built by DKMS or the .run installer) is not signed with a key the firmware trusts, so the kernel refuses to load it. nvidia-smi then reports that it cannot talk to the driver.</source>
        <extracomment>explanation of the diagnosis rule secure_boot_blocks_driver (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>UEFI Secure Boot ist eingeschaltet, und das NVIDIA-Kernelmodul (gebaut von DKMS oder dem .run-Installer) ist nicht mit einem Schlüssel signiert, dem die Firmware vertraut, daher weigert sich der Kernel, es zu laden. nvidia-smi meldet dann, dass es nicht mit dem Treiber sprechen kann.</translation>
    </message>
    <message>
        <source>Either enroll the DKMS signing key: `sudo mokutil --import /var/lib/shim-signed/mok/MOK.der` (Ubuntu) or `/var/lib/dkms/mok.pub`, choose a password, reboot and pick &apos;Enroll MOK&apos; in the blue screen; or use the distribution&apos;s pre-signed driver packages (Ubuntu: `sudo ubuntu-drivers install`); or disable Secure Boot in the firmware settings.</source>
        <extracomment>remedy of the diagnosis rule secure_boot_blocks_driver (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Registrieren Sie entweder den DKMS-Signaturschlüssel: `sudo mokutil --import /var/lib/shim-signed/mok/MOK.der` (Ubuntu) oder `/var/lib/dkms/mok.pub`, wählen Sie ein Passwort, starten Sie neu und wählen Sie im blauen Bildschirm &apos;Enroll MOK&apos;; oder verwenden Sie die vorsignierten Treiberpakete der Distribution (Ubuntu: `sudo ubuntu-drivers install`); oder schalten Sie Secure Boot in den Firmware-Einstellungen ab.</translation>
    </message>
    <message>
        <source>Network problem while downloading (pip, conda, git)</source>
        <extracomment>title of the diagnosis rule network_error (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>Netzwerkproblem beim Herunterladen (pip, conda, git)</translation>
    </message>
    <message>
        <source>A download was interrupted or could not start: DNS failure, timeout, firewall/proxy, or an unstable connection. PyTorch CUDA wheels are 2-3 GB, so slow links often time out in the middle.</source>
        <extracomment>explanation of the diagnosis rule network_error (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein Download wurde unterbrochen oder konnte nicht starten: DNS-Fehler, Zeitüberschreitung, Firewall/Proxy oder eine instabile Verbindung. CUDA-Wheels von PyTorch sind 2-3 GB groß, daher brechen langsame Verbindungen oft mittendrin ab.</translation>
    </message>
    <message>
        <source>Retry; for pip add `--timeout 120 --retries 10` (and `--no-cache-dir` if a cached file is corrupt). Behind a proxy set `HTTPS_PROXY=http://host:port`. For git:// URLs that are blocked, use https: `git config --global url.&quot;https://github.com/&quot;.insteadOf git://github.com/`. For very large wheels, download with a resumable tool (`wget -c URL`) and `pip install ./file.whl`. A machine without internet: fetch the plan&apos;s downloads elsewhere with `dlstack bundle PLAN.json DIR`, copy DIR over and plan with `--mirror DIR`.</source>
        <extracomment>remedy of the diagnosis rule network_error (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>Versuchen Sie es erneut; für pip ergänzen Sie `--timeout 120 --retries 10` (und `--no-cache-dir`, falls eine zwischengespeicherte Datei beschädigt ist). Hinter einem Proxy setzen Sie `HTTPS_PROXY=http://host:port`. Für gesperrte git://-URLs verwenden Sie https: `git config --global url.&quot;https://github.com/&quot;.insteadOf git://github.com/`. Sehr große Wheels laden Sie mit einem fortsetzbaren Werkzeug herunter (`wget -c URL`) und installieren sie mit `pip install ./file.whl`. Ein Rechner ohne Internet: Laden Sie die Downloads des Plans anderswo mit `dlstack bundle PLAN.json DIR` herunter, kopieren Sie DIR herüber und planen Sie mit `--mirror DIR`.</translation>
    </message>
    <message>
        <source>pip refuses to install into the system Python (externally managed environment, PEP 668)</source>
        <extracomment>title of the diagnosis rule pip_externally_managed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip verweigert die Installation in das System-Python (extern verwaltete Umgebung, PEP 668)</translation>
    </message>
    <message>
        <source>Newer Linux distributions (Debian 12, Ubuntu 23.04 and later, Fedora 38 and later, Homebrew Python) mark their system Python as managed by the package manager (PEP 668). pip and uv then refuse to install packages such as torch into it, so nothing was installed. This is a safety rule, not a broken pip.</source>
        <extracomment>explanation of the diagnosis rule pip_externally_managed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Neuere Linux-Distributionen (Debian 12, Ubuntu 23.04 und neuer, Fedora 38 und neuer, Homebrew-Python) kennzeichnen ihr System-Python als vom Paketmanager verwaltet (PEP 668). pip und uv weigern sich dann, Pakete wie torch dort hinein zu installieren, also wurde nichts installiert. Das ist eine Schutzregel, kein defektes pip.</translation>
    </message>
    <message>
        <source>Install into a virtual environment instead: `python3 -m venv ~/venvs/torch &amp;&amp; source ~/venvs/torch/bin/activate`, then run the same `pip install ...` again (on Debian/Ubuntu install `sudo apt install python3-venv python3-full` first). With uv: `uv venv &amp;&amp; source .venv/bin/activate &amp;&amp; uv pip install ...`. A conda environment works too. Do not use `--break-system-packages` or `sudo pip`: mixing pip packages into the system Python can break tools of the operating system.</source>
        <extracomment>remedy of the diagnosis rule pip_externally_managed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installieren Sie stattdessen in eine virtuelle Umgebung: `python3 -m venv ~/venvs/torch &amp;&amp; source ~/venvs/torch/bin/activate`, dann führen Sie dasselbe `pip install ...` erneut aus (unter Debian/Ubuntu zuvor `sudo apt install python3-venv python3-full` installieren). Mit uv: `uv venv &amp;&amp; source .venv/bin/activate &amp;&amp; uv pip install ...`. Eine conda-Umgebung geht ebenso. Verwenden Sie nicht `--break-system-packages` oder `sudo pip`: pip-Pakete im System-Python können Werkzeuge des Betriebssystems beschädigen.</translation>
    </message>
    <message>
        <source>Extension build cannot import torch: pip/uv build isolation hides the installed torch</source>
        <extracomment>title of the diagnosis rule build_isolation_torch_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Build der Erweiterung kann torch nicht importieren: Die Build-Isolation von pip/uv verbirgt das installierte torch</translation>
    </message>
    <message>
        <source>The package being built (flash-attn, xformers, apex, detectron2, mamba-ssm, torch-scatter, ...) imports torch in its setup.py while pip or uv prepares it (&apos;Getting requirements to build wheel&apos;, &apos;egg_info&apos;, &apos;metadata&apos;). pip and uv build each package in a fresh, isolated environment that contains only the build requirements the package declares, and torch is not among them, so `import torch` fails there even if torch is installed in your environment. The indented &apos;No module named torch&apos; comes from that hidden build environment.</source>
        <extracomment>explanation of the diagnosis rule build_isolation_torch_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das zu bauende Paket (flash-attn, xformers, apex, detectron2, mamba-ssm, torch-scatter, ...) importiert torch in seiner setup.py, während pip oder uv es vorbereitet (&apos;Getting requirements to build wheel&apos;, &apos;egg_info&apos;, &apos;metadata&apos;). pip und uv bauen jedes Paket in einer frischen, isolierten Umgebung, die nur die vom Paket angegebenen Build-Abhängigkeiten enthält, und torch gehört nicht dazu; daher schlägt `import torch` dort fehl, selbst wenn torch in Ihrer Umgebung installiert ist. Das eingerückte &apos;No module named torch&apos; stammt aus dieser verborgenen Build-Umgebung.</translation>
    </message>
    <message>
        <source>Install torch first, in the same environment, then build the extension against it without isolation: `pip install torch` (the variant you want), `pip install packaging ninja wheel setuptools`, then `pip install &lt;package&gt; --no-build-isolation`. With uv: `uv pip install torch` then `uv pip install &lt;package&gt; --no-build-isolation` (or list it under `[tool.uv.extra-build-dependencies]`). Check that `python -c &quot;import torch; print(torch.__version__)&quot;` works with the same interpreter first.</source>
        <extracomment>remedy of the diagnosis rule build_isolation_torch_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installieren Sie zuerst torch in derselben Umgebung und bauen Sie die Erweiterung dann ohne Isolation dagegen: `pip install torch` (die gewünschte Variante), `pip install packaging ninja wheel setuptools`, dann `pip install &lt;package&gt; --no-build-isolation`. Mit uv: `uv pip install torch`, dann `uv pip install &lt;package&gt; --no-build-isolation` (oder tragen Sie es unter `[tool.uv.extra-build-dependencies]` ein). Prüfen Sie vorher, ob `python -c &quot;import torch; print(torch.__version__)&quot;` mit demselben Interpreter funktioniert.</translation>
    </message>
    <message>
        <source>A Python module the build needs is not installed</source>
        <extracomment>title of the diagnosis rule build_dependency_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein Python-Modul, das der Build braucht, ist nicht installiert</translation>
    </message>
    <message>
        <source>A build script (PyTorch&apos;s code generator torchgen, CMake&apos;s codegen step, or an extension&apos;s setup.py) imports the Python module &apos;{module}&apos;, and the interpreter running the build does not have it, or has a version that is too old. Source builds of PyTorch and of extensions built with `--no-build-isolation` rely on you installing their Python build requirements first.</source>
        <extracomment>explanation of the diagnosis rule build_dependency_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein Build-Skript (der Codegenerator torchgen von PyTorch, der Codegen-Schritt von CMake oder die setup.py einer Erweiterung) importiert das Python-Modul &apos;{module}&apos;, und der Interpreter, der den Build ausführt, hat es nicht oder nur in zu alter Version. Quell-Builds von PyTorch und von Erweiterungen, die mit `--no-build-isolation` gebaut werden, setzen voraus, dass Sie deren Python-Build-Abhängigkeiten vorher installieren.</translation>
    </message>
    <message>
        <source>Install the build requirements into the environment that runs the build: for a PyTorch source tree `pip install -r requirements.txt` (it contains pyyaml, typing_extensions, numpy, ...); otherwise install the module itself, e.g. `pip install pyyaml` (for yaml), `pip install -U typing_extensions`, `pip install packaging`. Make sure it is the same Python: `python -m pip install ...` with the python that runs setup.py, then build again.</source>
        <extracomment>remedy of the diagnosis rule build_dependency_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installieren Sie die Build-Abhängigkeiten in die Umgebung, die den Build ausführt: für einen PyTorch-Quellbaum `pip install -r requirements.txt` (enthält pyyaml, typing_extensions, numpy, ...); sonst das Modul selbst, z. B. `pip install pyyaml` (für yaml), `pip install -U typing_extensions`, `pip install packaging`. Achten Sie darauf, dass es dasselbe Python ist: `python -m pip install ...` mit dem python, das setup.py ausführt, dann erneut bauen.</translation>
    </message>
    <message>
        <source>pip cannot resolve the requested versions (torch and its companions conflict)</source>
        <extracomment>title of the diagnosis rule pip_resolver_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip kann die verlangten Versionen nicht auflösen (torch und seine Begleitpakete widersprechen sich)</translation>
    </message>
    <message>
        <source>The package installer found no set of versions that satisfies every requirement at once. Typically torch is pinned to one version while torchvision, torchaudio, xformers or another package requires a different exact torch (each torchvision release works with exactly one torch release). The lines after &apos;The conflict is caused by&apos; name who wants which version.</source>
        <extracomment>explanation of the diagnosis rule pip_resolver_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das Installationsprogramm fand keine Kombination von Versionen, die alle Anforderungen zugleich erfüllt. Typischerweise ist torch auf eine Version festgelegt, während torchvision, torchaudio, xformers oder ein anderes Paket ein anderes, exaktes torch verlangt (jede Version von torchvision passt zu genau einer Version von torch). Die Zeilen nach &apos;The conflict is caused by&apos; nennen, wer welche Version will.</translation>
    </message>
    <message>
        <source>Read the &apos;depends on&apos; lines and choose versions that belong together: torch 2.5.1 goes with torchvision 0.20.1 and torchaudio 2.5.1, torch 2.4.1 with 0.19.1/2.4.1, torch 2.1.0 with 0.16.0/2.1.0 (table: https://github.com/pytorch/vision#installation). Remove or relax the conflicting pin in requirements.txt, or pin the companion (e.g. an xformers release built for your torch), and install torch, torchvision and torchaudio in one command from the same index, e.g. `pip install torch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 --index-url https://download.pytorch.org/whl/cu124`.</source>
        <extracomment>remedy of the diagnosis rule pip_resolver_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lesen Sie die Zeilen &apos;depends on&apos; und wählen Sie zusammengehörige Versionen: torch 2.5.1 gehört zu torchvision 0.20.1 und torchaudio 2.5.1, torch 2.4.1 zu 0.19.1/2.4.1, torch 2.1.0 zu 0.16.0/2.1.0 (Tabelle: https://github.com/pytorch/vision#installation). Entfernen oder lockern Sie die widersprechende Festlegung in requirements.txt, oder legen Sie das Begleitpaket fest (z. B. eine für Ihr torch gebaute xformers-Version), und installieren Sie torch, torchvision und torchaudio in einem Befehl aus demselben Index, z. B. `pip install torch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 --index-url https://download.pytorch.org/whl/cu124`.</translation>
    </message>
    <message>
        <source>The wheel file does not fit this Python or platform</source>
        <extracomment>title of the diagnosis rule wheel_platform_unsupported (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die Wheel-Datei passt nicht zu diesem Python oder dieser Plattform</translation>
    </message>
    <message>
        <source>A wheel&apos;s file name says which Python and which system it is for: e.g. `cp311` = CPython 3.11, `cp27mu` = a Python 2.7 build variant, `win_amd64`/`manylinux_2_28_x86_64`/`aarch64`/`macosx_arm64` = operating system and CPU. The file you asked for was built for another Python version, another CPU architecture (x86_64 vs ARM), another OS, or a newer glibc/musl than this machine has, so pip/uv will not install it.</source>
        <extracomment>explanation of the diagnosis rule wheel_platform_unsupported (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Dateiname eines Wheels sagt, für welches Python und welches System es bestimmt ist: z. B. `cp311` = CPython 3.11, `cp27mu` = eine Build-Variante von Python 2.7, `win_amd64`/`manylinux_2_28_x86_64`/`aarch64`/`macosx_arm64` = Betriebssystem und CPU. Die verlangte Datei wurde für eine andere Python-Version, eine andere CPU-Architektur (x86_64 statt ARM), ein anderes Betriebssystem oder eine neuere glibc/musl gebaut, als dieser Rechner hat, daher installiert pip/uv sie nicht.</translation>
    </message>
    <message>
        <source>Compare the tags with your interpreter: `python -c &quot;import sys, platform; print(sys.version, platform.machine())&quot;` and `python -m pip debug --verbose` (lists the tags this pip accepts). Download the wheel whose `cpXY` matches your Python {python_version} and whose platform matches your OS/CPU, or create an environment with the Python the wheel was built for (e.g. `conda create -n env python=3.10`). Make sure `pip` belongs to that Python: use `python -m pip install &lt;file&gt;.whl`.</source>
        <extracomment>remedy of the diagnosis rule wheel_platform_unsupported (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Vergleichen Sie die Tags mit Ihrem Interpreter: `python -c &quot;import sys, platform; print(sys.version, platform.machine())&quot;` und `python -m pip debug --verbose` (listet die Tags, die dieses pip akzeptiert). Laden Sie das Wheel herunter, dessen `cpXY` zu Ihrem Python {python_version} und dessen Plattform zu Ihrem Betriebssystem und Ihrer CPU passt, oder legen Sie eine Umgebung mit dem Python an, für das das Wheel gebaut wurde (z. B. `conda create -n env python=3.10`). Stellen Sie sicher, dass `pip` zu diesem Python gehört: Verwenden Sie `python -m pip install &lt;file&gt;.whl`.</translation>
    </message>
    <message>
        <source>conda is not initialised in this shell (conda activate / conda command unavailable)</source>
        <extracomment>title of the diagnosis rule conda_not_initialized (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>conda ist in dieser Shell nicht initialisiert (conda activate / Befehl conda nicht verfügbar)</translation>
    </message>
    <message>
        <source>`conda activate` only works after conda has added its shell function to your shell&apos;s start-up file (`conda init`), and a plain `conda` command only works when its folder is on PATH. Non-interactive shells (scripts, Dockerfile RUN lines, cron, CI, subprocess calls) do not read ~/.bashrc, so conda is missing there even when it works in your terminal. Everything installed afterwards went to the wrong Python or did not run at all.</source>
        <extracomment>explanation of the diagnosis rule conda_not_initialized (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>`conda activate` funktioniert erst, wenn conda seine Shell-Funktion in die Startdatei Ihrer Shell eingetragen hat (`conda init`), und ein einfacher Befehl `conda` nur, wenn sein Ordner im PATH liegt. Nicht interaktive Shells (Skripte, RUN-Zeilen in Dockerfiles, cron, CI, Unterprozesse) lesen ~/.bashrc nicht, daher fehlt conda dort, auch wenn es in Ihrem Terminal funktioniert. Alles, was danach installiert wurde, landete im falschen Python oder lief gar nicht.</translation>
    </message>
    <message>
        <source>Once per shell: `conda init bash` (or zsh/fish/powershell), then open a new terminal. In a script, load conda explicitly: `source ~/miniconda3/etc/profile.d/conda.sh &amp;&amp; conda activate &lt;env&gt;` (adjust the path; `conda info --base` shows it), or skip activation and call the environment&apos;s tools directly: `conda run -n &lt;env&gt; python ...` or `~/miniconda3/envs/&lt;env&gt;/bin/python`. In Dockerfiles use `SHELL [&quot;conda&quot;, &quot;run&quot;, &quot;-n&quot;, &quot;&lt;env&gt;&quot;, &quot;/bin/bash&quot;, &quot;-c&quot;]`. For micromamba: `eval &quot;$(micromamba shell hook --shell bash)&quot;`.</source>
        <extracomment>remedy of the diagnosis rule conda_not_initialized (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Einmal pro Shell: `conda init bash` (oder zsh/fish/powershell), dann ein neues Terminal öffnen. In einem Skript laden Sie conda ausdrücklich: `source ~/miniconda3/etc/profile.d/conda.sh &amp;&amp; conda activate &lt;env&gt;` (Pfad anpassen; `conda info --base` zeigt ihn), oder Sie verzichten auf die Aktivierung und rufen die Werkzeuge der Umgebung direkt auf: `conda run -n &lt;env&gt; python ...` oder `~/miniconda3/envs/&lt;env&gt;/bin/python`. In Dockerfiles verwenden Sie `SHELL [&quot;conda&quot;, &quot;run&quot;, &quot;-n&quot;, &quot;&lt;env&gt;&quot;, &quot;/bin/bash&quot;, &quot;-c&quot;]`. Für micromamba: `eval &quot;$(micromamba shell hook --shell bash)&quot;`.</translation>
    </message>
    <message>
        <source>Python cannot find torch: it is not installed for the interpreter that runs the program</source>
        <extracomment>title of the diagnosis rule torch_not_installed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Python findet torch nicht: Es ist für den Interpreter, der das Programm ausführt, nicht installiert</translation>
    </message>
    <message>
        <source>The Python that ran the program has no torch package. Usually torch is installed, but into another environment: pip belongs to a different Python than `python`, a Jupyter kernel uses another environment, a portable app (e.g. ComfyUI&apos;s python_embeded) was started with the system Python, or the conda/venv was not activated.</source>
        <extracomment>explanation of the diagnosis rule torch_not_installed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das Python, das das Programm ausgeführt hat, hat kein Paket torch. Meist ist torch installiert, aber in einer anderen Umgebung: pip gehört zu einem anderen Python als `python`, ein Jupyter-Kernel verwendet eine andere Umgebung, eine portable Anwendung (z. B. python_embeded von ComfyUI) wurde mit dem System-Python gestartet, oder die conda-Umgebung bzw. das venv war nicht aktiviert.</translation>
    </message>
    <message>
        <source>Check which interpreter runs and what it sees: `python -c &quot;import sys; print(sys.executable)&quot;` and `python -m pip show torch`. Install into exactly that interpreter with `python -m pip install torch` (never a bare `pip`), or start the program with the environment&apos;s Python (activate the venv/conda env first; for portable apps use their own launcher). In Jupyter, pick the right kernel (Kernel &gt; Change kernel) or run `%pip install torch` in a cell.</source>
        <extracomment>remedy of the diagnosis rule torch_not_installed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Prüfen Sie, welcher Interpreter läuft und was er sieht: `python -c &quot;import sys; print(sys.executable)&quot;` und `python -m pip show torch`. Installieren Sie genau in diesen Interpreter mit `python -m pip install torch` (nie ein bloßes `pip`), oder starten Sie das Programm mit dem Python der Umgebung (aktivieren Sie vorher das venv bzw. die conda-Umgebung; portable Anwendungen mit ihrem eigenen Starter). In Jupyter wählen Sie den richtigen Kernel (Kernel &gt; Change kernel) oder führen `%pip install torch` in einer Zelle aus.</translation>
    </message>
    <message>
        <source>pip&apos;s NVIDIA CUDA libraries are mixed with another CUDA copy on the library path</source>
        <extracomment>title of the diagnosis rule pip_cuda_wheels_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die NVIDIA-CUDA-Bibliotheken von pip sind mit einer anderen CUDA-Kopie im Bibliothekspfad vermischt</translation>
    </message>
    <message>
        <source>PyTorch wheels from pip bring their own CUDA libraries as nvidia-* packages (site-packages/nvidia/*/lib). Here a CUDA library (from the message: {library}) was mixed with, or replaced by, a copy from somewhere else, normally from LD_LIBRARY_PATH, /usr/local/cuda or the system&apos;s /usr/lib. The two copies come from different CUDA releases, so a symbol one expects is missing in the other (e.g. `__nvJitLink..._12_4` from a CUDA 12.2 libnvJitLink).</source>
        <extracomment>explanation of the diagnosis rule pip_cuda_wheels_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>PyTorch-Wheels von pip bringen ihre eigenen CUDA-Bibliotheken als Pakete nvidia-* mit (site-packages/nvidia/*/lib). Hier wurde eine CUDA-Bibliothek (laut Meldung: {library}) mit einer Kopie von anderswo vermischt oder durch sie ersetzt, meist aus LD_LIBRARY_PATH, /usr/local/cuda oder /usr/lib des Systems. Die beiden Kopien stammen aus verschiedenen CUDA-Versionen, daher fehlt in der einen ein Symbol, das die andere erwartet (z. B. `__nvJitLink..._12_4` aus einem libnvJitLink von CUDA 12.2).</translation>
    </message>
    <message>
        <source>Let the wheel use its own libraries: run with `env -u LD_LIBRARY_PATH python ...` (or remove /usr/local/cuda and cluster module paths from LD_LIBRARY_PATH in ~/.bashrc; `echo $LD_LIBRARY_PATH` shows them). Make the nvidia-* wheels consistent with torch: `pip install --force-reinstall torch --index-url https://download.pytorch.org/whl/cu124` (your CUDA variant), and do not `pip install` nvidia-* packages of another CUDA version by hand. `LD_DEBUG=libs python -c &quot;import torch&quot; 2&gt;&amp;1 | grep -E &apos;cudnn|cublas|nvJitLink&apos;` shows which copy is loaded.</source>
        <extracomment>remedy of the diagnosis rule pip_cuda_wheels_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lassen Sie das Wheel seine eigenen Bibliotheken verwenden: Starten Sie mit `env -u LD_LIBRARY_PATH python ...` (oder entfernen Sie /usr/local/cuda und Pfade von Cluster-Modulen aus LD_LIBRARY_PATH in ~/.bashrc; `echo $LD_LIBRARY_PATH` zeigt sie). Bringen Sie die Wheels nvidia-* mit torch in Einklang: `pip install --force-reinstall torch --index-url https://download.pytorch.org/whl/cu124` (Ihre CUDA-Variante), und installieren Sie keine Pakete nvidia-* einer anderen CUDA-Version von Hand mit `pip install`. `LD_DEBUG=libs python -c &quot;import torch&quot; 2&gt;&amp;1 | grep -E &apos;cudnn|cublas|nvJitLink&apos;` zeigt, welche Kopie geladen wird.</translation>
    </message>
    <message>
        <source>protobuf runtime and generated _pb2 code are from incompatible versions</source>
        <extracomment>title of the diagnosis rule protobuf_version_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>protobuf-Laufzeit und erzeugter _pb2-Code stammen aus unverträglichen Versionen</translation>
    </message>
    <message>
        <source>Code generated by protoc (the *_pb2.py files inside packages such as TensorFlow, ONNX, MediaPipe, TensorBoard, grpc tools) only works with a matching range of the protobuf runtime package. protobuf 4.21 and later refuse _pb2 files made by an old protoc (&apos;Descriptors cannot be created directly&apos;); _pb2 files made by a new protoc need a runtime at least as new (&apos;cannot import name runtime_version/builder&apos;, &apos;Gencode/Runtime versions&apos;, VersionError). pip installed a protobuf outside the range one of your packages was built for.</source>
        <extracomment>explanation of the diagnosis rule protobuf_version_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Von protoc erzeugter Code (die Dateien *_pb2.py in Paketen wie TensorFlow, ONNX, MediaPipe, TensorBoard, grpc tools) funktioniert nur mit einem passenden Versionsbereich des Laufzeitpakets protobuf. protobuf 4.21 und neuer lehnt _pb2-Dateien eines alten protoc ab (&apos;Descriptors cannot be created directly&apos;); _pb2-Dateien eines neuen protoc brauchen eine mindestens ebenso neue Laufzeit (&apos;cannot import name runtime_version/builder&apos;, &apos;Gencode/Runtime versions&apos;, VersionError). pip hat ein protobuf außerhalb des Bereichs installiert, für den eines Ihrer Pakete gebaut wurde.</translation>
    </message>
    <message>
        <source>See what is installed: `python -m pip show protobuf` and which package complains (the _pb2 file path in the traceback). Old generated code: pin the runtime, e.g. `pip install &quot;protobuf&lt;=3.20.3&quot;` (or the version the package documents), or upgrade that package to a release built with a newer protoc. New generated code: upgrade the runtime, `pip install -U protobuf` (at least the gencode version in the message). As a slow stopgap, `export PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python`. Regenerate your own _pb2 files with the same protoc version as the runtime you pin.</source>
        <extracomment>remedy of the diagnosis rule protobuf_version_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Sehen Sie nach, was installiert ist: `python -m pip show protobuf` und welches Paket sich beschwert (der Pfad der _pb2-Datei im Traceback). Alter erzeugter Code: Legen Sie die Laufzeit fest, z. B. `pip install &quot;protobuf&lt;=3.20.3&quot;` (oder die Version, die das Paket dokumentiert), oder aktualisieren Sie dieses Paket auf eine mit neuerem protoc gebaute Version. Neuer erzeugter Code: Aktualisieren Sie die Laufzeit, `pip install -U protobuf` (mindestens die Gencode-Version aus der Meldung). Als langsame Notlösung: `export PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python`. Erzeugen Sie Ihre eigenen _pb2-Dateien mit derselben protoc-Version neu wie die Laufzeit, die Sie festlegen.</translation>
    </message>
    <message>
        <source>apt/dpkg is locked by another package manager process</source>
        <extracomment>title of the diagnosis rule apt_lock_held (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>apt/dpkg ist von einem anderen Paketmanager-Prozess gesperrt</translation>
    </message>
    <message>
        <source>apt and dpkg allow only one package operation at a time and protect it with lock files in /var/lib/dpkg and /var/lib/apt. Another process held the lock (here: {holder}), so this installation did not even start. On fresh cloud VMs and CI runners this is usually unattended-upgrades or cloud-init installing updates right after boot; elsewhere a second apt/Software Updater window, or an earlier apt-get still waiting for an answer.</source>
        <extracomment>explanation of the diagnosis rule apt_lock_held (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>apt und dpkg erlauben nur einen Paketvorgang zur selben Zeit und schützen ihn mit Sperrdateien in /var/lib/dpkg und /var/lib/apt. Ein anderer Prozess hielt die Sperre (hier: {holder}), daher hat diese Installation gar nicht erst begonnen. Auf frischen Cloud-VMs und CI-Runnern sind das meist unattended-upgrades oder cloud-init, die direkt nach dem Start Updates installieren; anderswo ein zweites apt- bzw. Aktualisierungsfenster oder ein früheres apt-get, das noch auf eine Antwort wartet.</translation>
    </message>
    <message>
        <source>Wait for the other process to finish (`ps aux | grep -E &apos;apt|dpkg|unattended&apos;` shows it), then run the command again. Let apt wait by itself: `sudo apt-get -o DPkg::Lock::Timeout=600 install ...`. On CI/VM images stop the automatic updates first: `sudo systemctl stop unattended-upgrades apt-daily.service apt-daily-upgrade.service` (or `cloud-init status --wait`). Do not delete the lock files while a process holds them; if the holder crashed, run `sudo dpkg --configure -a` to finish the interrupted work.</source>
        <extracomment>remedy of the diagnosis rule apt_lock_held (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Warten Sie, bis der andere Prozess fertig ist (`ps aux | grep -E &apos;apt|dpkg|unattended&apos;` zeigt ihn), und führen Sie den Befehl dann erneut aus. Lassen Sie apt selbst warten: `sudo apt-get -o DPkg::Lock::Timeout=600 install ...`. Auf CI- und VM-Images halten Sie zuerst die automatischen Updates an: `sudo systemctl stop unattended-upgrades apt-daily.service apt-daily-upgrade.service` (oder `cloud-init status --wait`). Löschen Sie die Sperrdateien nicht, solange ein Prozess sie hält; ist der Halter abgestürzt, schließen Sie die unterbrochene Arbeit mit `sudo dpkg --configure -a` ab.</translation>
    </message>
    <message>
        <source>No PyTorch wheel for this Python (version too new, too old, or 32-bit)</source>
        <extracomment>title of the diagnosis rule python_version_unsupported (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Kein PyTorch-Wheel für dieses Python (Version zu neu, zu alt oder 32 Bit)</translation>
    </message>
    <message>
        <source>pip could not find a torch (or torchvision/torchaudio) file for your Python {python_version}. PyTorch publishes wheels only for a window of Python versions (e.g. torch 1.13 stops at Python 3.10, 2.0 at 3.11) and only for 64-bit Python; the &apos;(from versions: ...)&apos; list shows what does exist for your interpreter. It also happens when the pinned version or its +cuXXX suffix does not exist at the given index.</source>
        <extracomment>explanation of the diagnosis rule python_version_unsupported (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip fand keine Datei von torch (oder torchvision/torchaudio) für Ihr Python {python_version}. PyTorch veröffentlicht Wheels nur für ein Fenster von Python-Versionen (z. B. endet torch 1.13 bei Python 3.10, 2.0 bei 3.11) und nur für 64-Bit-Python; die Liste &apos;(from versions: ...)&apos; zeigt, was es für Ihren Interpreter gibt. Es passiert auch, wenn die festgelegte Version oder ihr Suffix +cuXXX im angegebenen Index nicht existiert.</translation>
    </message>
    <message>
        <source>Use a Python version the pinned torch supports, e.g. `conda create -n env python=3.10` or `uv venv --python 3.10`, then install again; or raise the torch pin to one of the listed versions. On Windows make sure Python is 64-bit (`python -c &quot;import struct; print(struct.calcsize(&apos;P&apos;)*8)&quot;`).</source>
        <extracomment>remedy of the diagnosis rule python_version_unsupported (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Verwenden Sie eine Python-Version, die das festgelegte torch unterstützt, z. B. `conda create -n env python=3.10` oder `uv venv --python 3.10`, und installieren Sie erneut; oder heben Sie die Festlegung von torch auf eine der aufgeführten Versionen an. Unter Windows stellen Sie sicher, dass Python 64 Bit hat (`python -c &quot;import struct; print(struct.calcsize(&apos;P&apos;)*8)&quot;`).</translation>
    </message>
    <message>
        <source>conda/mamba cannot find a consistent set of packages</source>
        <extracomment>title of the diagnosis rule conda_solver_conflict (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>conda/mamba findet keine widerspruchsfreie Paketauswahl</translation>
    </message>
    <message>
        <source>The conda solver could not satisfy all requested versions at once — for example pytorch-cuda, torchaudio and python pins that exclude each other, packages mixed from incompatible channels, or a requested CUDA that the machine&apos;s __cuda/__glibc virtual packages do not allow.</source>
        <extracomment>explanation of the diagnosis rule conda_solver_conflict (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Solver von conda konnte nicht alle verlangten Versionen zugleich erfüllen — zum Beispiel Festlegungen von pytorch-cuda, torchaudio und python, die sich ausschließen, Pakete aus unverträglichen Kanälen oder ein verlangtes CUDA, das die virtuellen Pakete __cuda/__glibc des Rechners nicht zulassen.</translation>
    </message>
    <message>
        <source>Start from a fresh environment instead of installing into base: `conda create -n torchenv python=3.10`. Request torch, torchvision, torchaudio and pytorch-cuda together with matching versions from the PyTorch install page, with `-c pytorch -c nvidia` and no mixed channels, or install PyTorch with pip inside the conda env. Read the lines after &apos;Could not solve&apos; — they name the conflicting packages.</source>
        <extracomment>remedy of the diagnosis rule conda_solver_conflict (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Beginnen Sie mit einer frischen Umgebung, statt in base zu installieren: `conda create -n torchenv python=3.10`. Verlangen Sie torch, torchvision, torchaudio und pytorch-cuda gemeinsam mit passenden Versionen laut PyTorch-Installationsseite, mit `-c pytorch -c nvidia` und ohne gemischte Kanäle, oder installieren Sie PyTorch mit pip in der conda-Umgebung. Lesen Sie die Zeilen nach &apos;Could not solve&apos; — sie nennen die widersprechenden Pakete.</translation>
    </message>
    <message>
        <source>Compiled module does not match the installed NumPy (1.x vs 2.x)</source>
        <extracomment>title of the diagnosis rule numpy_abi_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Kompiliertes Modul passt nicht zum installierten NumPy (1.x statt 2.x)</translation>
    </message>
    <message>
        <source>A package with compiled code (torch, opencv, numexpr, ...) was built against a different NumPy than the one installed. NumPy 2.0 changed the binary interface, so modules built for NumPy 1.x cannot load under 2.x; the older &apos;API version 0x..&apos; message is the same problem for older NumPy releases.</source>
        <extracomment>explanation of the diagnosis rule numpy_abi_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein Paket mit kompiliertem Code (torch, opencv, numexpr, ...) wurde gegen ein anderes NumPy gebaut als das installierte. NumPy 2.0 hat die Binärschnittstelle geändert, daher lassen sich für NumPy 1.x gebaute Module unter 2.x nicht laden; die ältere Meldung &apos;API version 0x..&apos; ist dasselbe Problem bei älteren NumPy-Versionen.</translation>
    </message>
    <message>
        <source>Quick fix: `pip install &quot;numpy&lt;2&quot;`. Better: upgrade the package named in the traceback to a release built for NumPy 2 (a recent torch, opencv, etc.). For the &apos;API version&apos; form, upgrade NumPy (`pip install -U numpy`) to at least the version the module was built with.</source>
        <extracomment>remedy of the diagnosis rule numpy_abi_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Schnelle Abhilfe: `pip install &quot;numpy&lt;2&quot;`. Besser: Aktualisieren Sie das im Traceback genannte Paket auf eine für NumPy 2 gebaute Version (ein aktuelles torch, opencv usw.). Bei der Form &apos;API version&apos; aktualisieren Sie NumPy (`pip install -U numpy`) mindestens auf die Version, mit der das Modul gebaut wurde.</translation>
    </message>
    <message>
        <source>Python packaging tools missing (setuptools/wheel/distutils)</source>
        <extracomment>title of the diagnosis rule python_build_tooling (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Python-Paketwerkzeuge fehlen (setuptools/wheel/distutils)</translation>
    </message>
    <message>
        <source>Update the tools in the same environment: `python -m pip install -U pip setuptools wheel`. For distutils on Python 3.12+, a current setuptools provides a replacement; if a package still needs the real one, use Python 3.11 for it.</source>
        <extracomment>remedy of the diagnosis rule python_build_tooling (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Aktualisieren Sie die Werkzeuge in derselben Umgebung: `python -m pip install -U pip setuptools wheel`. Für distutils unter Python 3.12+ bringt ein aktuelles setuptools einen Ersatz mit; braucht ein Paket weiterhin das echte, verwenden Sie dafür Python 3.11.</translation>
    </message>
    <message>
        <source>torchvision/torchaudio do not belong to the installed torch</source>
        <extracomment>title of the diagnosis rule torch_pairing_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>torchvision/torchaudio gehören nicht zum installierten torch</translation>
    </message>
    <message>
        <source>Reinstall the three together from the same index so versions match (see the compatibility table on pytorch.org), e.g. `pip install --force-reinstall torch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1 --index-url https://download.pytorch.org/whl/cu121`. Check with `python -c &quot;import torch, torchvision; print(torch.__version__, torchvision.__version__)&quot;`.</source>
        <extracomment>remedy of the diagnosis rule torch_pairing_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installieren Sie die drei gemeinsam aus demselben Index neu, damit die Versionen passen (siehe die Kompatibilitätstabelle auf pytorch.org), z. B. `pip install --force-reinstall torch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1 --index-url https://download.pytorch.org/whl/cu121`. Prüfen Sie mit `python -c &quot;import torch, torchvision; print(torch.__version__, torchvision.__version__)&quot;`.</translation>
    </message>
    <message>
        <source>Wrong package name given to pip</source>
        <extracomment>title of the diagnosis rule wrong_package_name (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Falscher Paketname an pip übergeben</translation>
    </message>
    <message>
        <source>The name used with pip is not the real PyPI package name: PyTorch is installed as &apos;torch&apos; with pip (&apos;pytorch&apos; is only the conda name), and scikit-learn is &apos;scikit-learn&apos;, not &apos;sklearn&apos;.</source>
        <extracomment>explanation of the diagnosis rule wrong_package_name (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der mit pip verwendete Name ist nicht der echte Paketname auf PyPI: PyTorch wird mit pip als &apos;torch&apos; installiert (&apos;pytorch&apos; ist nur der Name bei conda), und scikit-learn heißt &apos;scikit-learn&apos;, nicht &apos;sklearn&apos;.</translation>
    </message>
    <message>
        <source>Use the correct name: `pip install torch` instead of `pip install pytorch`, `pip install scikit-learn` instead of `pip install sklearn`. If the wrong name is inside a requirements.txt or setup.py of a project, change it there (and tell the project maintainers).</source>
        <extracomment>remedy of the diagnosis rule wrong_package_name (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Verwenden Sie den richtigen Namen: `pip install torch` statt `pip install pytorch`, `pip install scikit-learn` statt `pip install sklearn`. Steht der falsche Name in der requirements.txt oder setup.py eines Projekts, ändern Sie ihn dort (und informieren Sie die Betreuer des Projekts).</translation>
    </message>
    <message>
        <source>Compiled extension does not match the loaded library (undefined symbol)</source>
        <extracomment>title of the diagnosis rule undefined_symbol (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Kompilierte Erweiterung passt nicht zur geladenen Bibliothek (undefiniertes Symbol)</translation>
    </message>
    <message>
        <source>A compiled module (.so) expects a function that the loaded torch (or CUDA/C++ library) does not provide. It was built against a different PyTorch version/ABI than the one now installed, or imported before torch.</source>
        <extracomment>explanation of the diagnosis rule undefined_symbol (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein kompiliertes Modul (.so) erwartet eine Funktion, die das geladene torch (oder die CUDA- bzw. C++-Bibliothek) nicht bereitstellt. Es wurde gegen eine andere PyTorch-Version bzw. ABI gebaut als die jetzt installierte, oder vor torch importiert.</translation>
    </message>
    <message>
        <source>Rebuild the extension against the currently installed torch: `pip uninstall &lt;pkg&gt;` then `pip install --no-build-isolation --no-cache-dir &lt;pkg&gt;` (or `python setup.py clean &amp;&amp; pip install .`), or install a prebuilt wheel made for torch {torch_version}. Also make sure your code does `import torch` before importing the extension.</source>
        <extracomment>remedy of the diagnosis rule undefined_symbol (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Bauen Sie die Erweiterung gegen das jetzt installierte torch neu: `pip uninstall &lt;pkg&gt;`, dann `pip install --no-build-isolation --no-cache-dir &lt;pkg&gt;` (oder `python setup.py clean &amp;&amp; pip install .`), oder installieren Sie ein vorgebautes Wheel für torch {torch_version}. Achten Sie außerdem darauf, dass Ihr Code `import torch` ausführt, bevor er die Erweiterung importiert.</translation>
    </message>
    <message>
        <source>ROCm/HIP runtime error on an AMD GPU</source>
        <extracomment>title of the diagnosis rule rocm_hip_error (rocm.json); keep {placeholders} and `commands`</extracomment>
        <translation>ROCm/HIP-Laufzeitfehler auf einer AMD-GPU</translation>
    </message>
    <message>
        <source>The ROCm runtime cannot run the code on this AMD GPU. Most often the PyTorch/ROCm build has no kernels for your GPU&apos;s gfx target (consumer Radeon cards and APUs are often not in the official list), or the ROCm user-space and kernel driver versions do not fit; HSA_STATUS_ERROR_* comes from the lowest runtime layer (resources, permissions to /dev/kfd, or driver problems).</source>
        <extracomment>explanation of the diagnosis rule rocm_hip_error (rocm.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die ROCm-Laufzeit kann den Code auf dieser AMD-GPU nicht ausführen. Meist hat der PyTorch/ROCm-Build keine Kernels für das gfx-Ziel Ihrer GPU (Radeon-Karten für Endkunden und APUs stehen oft nicht in der offiziellen Liste), oder die Versionen von ROCm im Benutzerbereich und Kerneltreiber passen nicht zusammen; HSA_STATUS_ERROR_* kommt aus der untersten Laufzeitschicht (Ressourcen, Rechte auf /dev/kfd oder Treiberprobleme).</translation>
    </message>
    <message>
        <source>Check your target with `rocminfo | grep gfx` and compare with the GPUs supported by your ROCm/PyTorch version. For close relatives of supported cards, `export HSA_OVERRIDE_GFX_VERSION=10.3.0` (RDNA2) or `11.0.0` (RDNA3) often works. Install the PyTorch wheel for your ROCm version (`--index-url https://download.pytorch.org/whl/rocm6.2`), make sure your user is in the &apos;render&apos; and &apos;video&apos; groups, and reboot after ROCm upgrades.</source>
        <extracomment>remedy of the diagnosis rule rocm_hip_error (rocm.json); keep {placeholders} and `commands`</extracomment>
        <translation>Prüfen Sie Ihr Ziel mit `rocminfo | grep gfx` und vergleichen Sie es mit den GPUs, die Ihre ROCm- bzw. PyTorch-Version unterstützt. Für nahe Verwandte unterstützter Karten funktioniert oft `export HSA_OVERRIDE_GFX_VERSION=10.3.0` (RDNA2) oder `11.0.0` (RDNA3). Installieren Sie das PyTorch-Wheel für Ihre ROCm-Version (`--index-url https://download.pytorch.org/whl/rocm6.2`), stellen Sie sicher, dass Ihr Benutzer in den Gruppen &apos;render&apos; und &apos;video&apos; ist, und starten Sie nach ROCm-Upgrades neu.</translation>
    </message>
    <message>
        <source>The system C library (glibc) is older than the binary needs</source>
        <extracomment>title of the diagnosis rule glibc_too_old (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die C-Bibliothek des Systems (glibc) ist älter, als das Programm braucht</translation>
    </message>
    <message>
        <source>A compiled file (a torch library, an extension .so or a tool such as a bundled LLVM) was built against glibc {glibc_required}, but the Linux system here has an older glibc. glibc is part of the operating system (Ubuntu 18.04 has 2.27, 20.04 2.31, 22.04 2.35; Debian 11 2.31; CentOS/RHEL 7 2.17), and newer wheels (manylinux_2_28 and later) need a newer one.</source>
        <extracomment>explanation of the diagnosis rule glibc_too_old (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Eine kompilierte Datei (eine torch-Bibliothek, eine Erweiterung .so oder ein Werkzeug wie ein mitgeliefertes LLVM) wurde gegen glibc {glibc_required} gebaut, aber das Linux-System hier hat eine ältere glibc. glibc ist Teil des Betriebssystems (Ubuntu 18.04 hat 2.27, 20.04 2.31, 22.04 2.35; Debian 11 2.31; CentOS/RHEL 7 2.17), und neuere Wheels (manylinux_2_28 und später) brauchen eine neuere.</translation>
    </message>
    <message>
        <source>Check the system version with `ldd --version`. Then either install a build made for older systems (an older torch/package release, a manylinux2014 wheel, or build the extension from source on this machine), or run on a newer distribution, e.g. in a container: `docker run --gpus all -it nvidia/cuda:12.4.1-runtime-ubuntu22.04`. Do not try to replace the system glibc: the whole system depends on it.</source>
        <extracomment>remedy of the diagnosis rule glibc_too_old (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Prüfen Sie die Version des Systems mit `ldd --version`. Installieren Sie dann entweder einen Build für ältere Systeme (eine ältere Version von torch bzw. des Pakets, ein manylinux2014-Wheel, oder bauen Sie die Erweiterung auf diesem Rechner aus den Quellen), oder arbeiten Sie auf einer neueren Distribution, z. B. in einem Container: `docker run --gpus all -it nvidia/cuda:12.4.1-runtime-ubuntu22.04`. Versuchen Sie nicht, die glibc des Systems zu ersetzen: Das ganze System hängt von ihr ab.</translation>
    </message>
    <message>
        <source>The CPU does not support an instruction set the binary uses (Illegal instruction)</source>
        <extracomment>title of the diagnosis rule cpu_no_avx (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die CPU unterstützt einen Befehlssatz nicht, den das Programm verwendet (Illegal instruction)</translation>
    </message>
    <message>
        <source>The program stopped with &apos;Illegal instruction&apos; (signal SIGILL, exit code 132): the processor met a machine instruction it does not have. Prebuilt wheels and images assume AVX/AVX2 (and sometimes AVX-512) on x86, or newer ARM features; older CPUs, some Atom/Celeron/Pentium models, and virtual machines whose virtual CPU hides these flags (Proxmox/ESXi &apos;kvm64&apos; CPU type) lack them.</source>
        <extracomment>explanation of the diagnosis rule cpu_no_avx (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das Programm hat mit &apos;Illegal instruction&apos; angehalten (Signal SIGILL, Exit-Code 132): Der Prozessor traf auf einen Maschinenbefehl, den er nicht hat. Vorgebaute Wheels und Images setzen auf x86 AVX/AVX2 (manchmal AVX-512) voraus oder neuere ARM-Funktionen; ältere CPUs, manche Atom/Celeron/Pentium-Modelle und virtuelle Maschinen, deren virtuelle CPU diese Flags verbirgt (CPU-Typ &apos;kvm64&apos; bei Proxmox/ESXi), haben sie nicht.</translation>
    </message>
    <message>
        <source>Check the flags: `grep -o -w -E &apos;avx|avx2|avx512f&apos; /proc/cpuinfo | sort -u` (Windows: Coreinfo). In a VM, set the CPU type to `host` (Proxmox) or expose the host&apos;s CPU features. Otherwise use builds that do not need AVX2 (an older release, a build &apos;without AVX&apos;, or compile from source on this machine). On ARM boards with NumPy/OpenBLAS, `export OPENBLAS_CORETYPE=ARMV8` often helps.</source>
        <extracomment>remedy of the diagnosis rule cpu_no_avx (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Prüfen Sie die Flags: `grep -o -w -E &apos;avx|avx2|avx512f&apos; /proc/cpuinfo | sort -u` (Windows: Coreinfo). In einer VM setzen Sie den CPU-Typ auf `host` (Proxmox) oder reichen die CPU-Funktionen des Hosts durch. Sonst verwenden Sie Builds, die kein AVX2 brauchen (eine ältere Version, einen Build &apos;without AVX&apos;, oder kompilieren Sie auf diesem Rechner aus den Quellen). Auf ARM-Boards mit NumPy/OpenBLAS hilft oft `export OPENBLAS_CORETYPE=ARMV8`.</translation>
    </message>
    <message>
        <source>libcuda.so (the driver library) cannot be found by CUDA programs</source>
        <extracomment>title of the diagnosis rule libcuda_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>CUDA-Programme finden libcuda.so (die Treiberbibliothek) nicht</translation>
    </message>
    <message>
        <source>libcuda.so.1 belongs to the NVIDIA driver, not to the CUDA toolkit or to pip&apos;s CUDA wheels. A program (here loaded through cuDNN, Triton or the CUDA runtime) could not find it. This happens in containers started without the NVIDIA container runtime, on WSL2 where the driver library lives in /usr/lib/wsl/lib and that folder is not on the search path, or when the driver&apos;s user-space part is not installed.</source>
        <extracomment>explanation of the diagnosis rule libcuda_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>libcuda.so.1 gehört zum NVIDIA-Treiber, nicht zum CUDA-Toolkit oder zu den CUDA-Wheels von pip. Ein Programm (hier über cuDNN, Triton oder die CUDA-Laufzeit geladen) konnte sie nicht finden. Das passiert in Containern, die ohne die NVIDIA-Container-Laufzeit gestartet wurden, unter WSL2, wo die Treiberbibliothek in /usr/lib/wsl/lib liegt und dieser Ordner nicht im Suchpfad ist, oder wenn der Benutzerteil des Treibers nicht installiert ist.</translation>
    </message>
    <message>
        <source>On WSL2: `ls /usr/lib/wsl/lib/libcuda.so*` should list it; add it to the search path with `export LD_LIBRARY_PATH=/usr/lib/wsl/lib:$LD_LIBRARY_PATH` (and do not install a Linux NVIDIA driver inside WSL). In Docker: run with `--gpus all` and the NVIDIA Container Toolkit installed on the host. On a normal Linux host: check `nvidia-smi` and `ldconfig -p | grep libcuda`; install the driver&apos;s user-space package (e.g. `sudo apt install libnvidia-compute-{driver_version}` or the full driver) if it is missing.</source>
        <extracomment>remedy of the diagnosis rule libcuda_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Unter WSL2: `ls /usr/lib/wsl/lib/libcuda.so*` sollte sie auflisten; nehmen Sie den Ordner mit `export LD_LIBRARY_PATH=/usr/lib/wsl/lib:$LD_LIBRARY_PATH` in den Suchpfad auf (und installieren Sie in WSL keinen Linux-NVIDIA-Treiber). In Docker: mit `--gpus all` starten und das NVIDIA Container Toolkit auf dem Host installieren. Auf einem normalen Linux-Host: Prüfen Sie `nvidia-smi` und `ldconfig -p | grep libcuda`; installieren Sie das Benutzerpaket des Treibers (z. B. `sudo apt install libnvidia-compute-{driver_version}` oder den vollständigen Treiber), falls es fehlt.</translation>
    </message>
    <message>
        <source>The GPU is hidden or the device index is out of range (CUDA_VISIBLE_DEVICES / device ordinal)</source>
        <extracomment>title of the diagnosis rule cuda_visible_devices_hidden (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die GPU ist verborgen oder der Geräteindex liegt außerhalb des Bereichs (CUDA_VISIBLE_DEVICES / device ordinal)</translation>
    </message>
    <message>
        <source>CUDA numbers only the GPUs listed in CUDA_VISIBLE_DEVICES, starting from 0 again. If the variable is empty or -1, or names a GPU number the machine does not have (e.g. 2 on a one-GPU PC), the program sees no GPU (&apos;no CUDA-capable device is detected&apos;, &apos;No CUDA GPUs are available&apos;); if the program asks for a device index beyond the visible ones (cuda:1 when only one is visible, a --gpu/--gpu_idx option, too many ranks) it gets &apos;invalid device ordinal&apos;. Scripts and READMEs often set the variable for the author&apos;s machine.</source>
        <extracomment>explanation of the diagnosis rule cuda_visible_devices_hidden (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>CUDA nummeriert nur die in CUDA_VISIBLE_DEVICES aufgeführten GPUs, wieder ab 0. Ist die Variable leer oder -1, oder nennt sie eine GPU-Nummer, die der Rechner nicht hat (z. B. 2 auf einem PC mit einer GPU), sieht das Programm keine GPU (&apos;no CUDA-capable device is detected&apos;, &apos;No CUDA GPUs are available&apos;); verlangt das Programm einen Geräteindex jenseits der sichtbaren (cuda:1, wenn nur eine sichtbar ist, eine Option --gpu/--gpu_idx, zu viele Ranks), erhält es &apos;invalid device ordinal&apos;. Skripte und READMEs setzen die Variable oft für den Rechner des Autors.</translation>
    </message>
    <message>
        <source>See what is set: `echo &quot;$CUDA_VISIBLE_DEVICES&quot;` and list your GPUs with `nvidia-smi -L`. Unset it (`unset CUDA_VISIBLE_DEVICES`) or set it to existing numbers, e.g. `export CUDA_VISIBLE_DEVICES=0` on a single-GPU machine; remove such lines from the training script. Then use device indices that exist inside the visible set (`cuda:0` for the first visible GPU; --nproc_per_node no larger than `python -c &quot;import torch; print(torch.cuda.device_count())&quot;`). In a container the same message means the container was started without GPUs: use `docker run --gpus all` or, with compose, a `deploy.resources.reservations.devices` entry with `capabilities: [gpu]`.</source>
        <extracomment>remedy of the diagnosis rule cuda_visible_devices_hidden (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Sehen Sie nach, was gesetzt ist: `echo &quot;$CUDA_VISIBLE_DEVICES&quot;`, und listen Sie Ihre GPUs mit `nvidia-smi -L` auf. Löschen Sie die Variable (`unset CUDA_VISIBLE_DEVICES`) oder setzen Sie sie auf vorhandene Nummern, z. B. `export CUDA_VISIBLE_DEVICES=0` auf einem Rechner mit einer GPU; entfernen Sie solche Zeilen aus dem Trainingsskript. Verwenden Sie dann Geräteindizes, die es in der sichtbaren Menge gibt (`cuda:0` für die erste sichtbare GPU; --nproc_per_node nicht größer als `python -c &quot;import torch; print(torch.cuda.device_count())&quot;`). In einem Container bedeutet dieselbe Meldung, dass der Container ohne GPUs gestartet wurde: Verwenden Sie `docker run --gpus all` oder bei Compose einen Eintrag `deploy.resources.reservations.devices` mit `capabilities: [gpu]`.</translation>
    </message>
    <message>
        <source>The Intel MKL library does not fit this PyTorch (undefined symbol)</source>
        <extracomment>title of the diagnosis rule mkl_symbol_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die Intel-MKL-Bibliothek passt nicht zu diesem PyTorch (undefiniertes Symbol)</translation>
    </message>
    <message>
        <source>PyTorch&apos;s CPU library uses Intel MKL, and the MKL in this environment does not fit it. The well-known case is conda&apos;s PyTorch with MKL 2024.1 or newer: that MKL no longer provides the Intel JIT profiling symbols (`iJIT_NotifyEvent`) libtorch_cpu.so was linked against, so `import torch` fails. MKL libraries mixed from pip and conda or from different channels give the similar &apos;Cannot load libmkl_*.so&apos;.</source>
        <extracomment>explanation of the diagnosis rule mkl_symbol_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die CPU-Bibliothek von PyTorch verwendet Intel MKL, und die MKL in dieser Umgebung passt nicht dazu. Der bekannte Fall ist das PyTorch von conda mit MKL 2024.1 oder neuer: Diese MKL stellt die Intel-JIT-Profiling-Symbole (`iJIT_NotifyEvent`), gegen die libtorch_cpu.so gelinkt wurde, nicht mehr bereit, daher schlägt `import torch` fehl. MKL-Bibliotheken, gemischt aus pip und conda oder aus verschiedenen Kanälen, führen zu dem ähnlichen &apos;Cannot load libmkl_*.so&apos;.</translation>
    </message>
    <message>
        <source>Pin an older MKL in the conda environment: `conda install mkl=2024.0` (or `mkl&lt;2024.1`), then `import torch` again. Better, install PyTorch with pip inside the environment (`pip install torch`, which brings its own libraries); the pytorch conda channel is no longer updated. For &apos;Cannot load libmkl_*&apos;, install MKL from one source only (`conda install -c conda-forge mkl` or `pip install mkl`, not both).</source>
        <extracomment>remedy of the diagnosis rule mkl_symbol_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Legen Sie in der conda-Umgebung eine ältere MKL fest: `conda install mkl=2024.0` (oder `mkl&lt;2024.1`), dann erneut `import torch`. Besser installieren Sie PyTorch in der Umgebung mit pip (`pip install torch`, das seine eigenen Bibliotheken mitbringt); der conda-Kanal pytorch wird nicht mehr aktualisiert. Bei &apos;Cannot load libmkl_*&apos; installieren Sie MKL nur aus einer Quelle (`conda install -c conda-forge mkl` oder `pip install mkl`, nicht beides).</translation>
    </message>
    <message>
        <source>Docker cannot give the container a GPU (NVIDIA Container Toolkit missing or not configured)</source>
        <extracomment>title of the diagnosis rule container_gpu_runtime_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Docker kann dem Container keine GPU geben (NVIDIA Container Toolkit fehlt oder ist nicht eingerichtet)</translation>
    </message>
    <message>
        <source>`docker run --gpus` (or `runtime: nvidia` in Compose) needs the NVIDIA Container Toolkit on the host: it registers the &apos;nvidia&apos; runtime with Docker and mounts the host driver into the container. Here Docker has no such runtime, or the toolkit could not load the host&apos;s driver library (libnvidia-ml.so.1): the toolkit is not installed or configured for this Docker daemon, the host has no working NVIDIA driver, or Docker Desktop/rootless/snap Docker runs in a separate VM or namespace that does not see the driver.</source>
        <extracomment>explanation of the diagnosis rule container_gpu_runtime_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>`docker run --gpus` (oder `runtime: nvidia` in Compose) braucht das NVIDIA Container Toolkit auf dem Host: Es meldet die Laufzeit &apos;nvidia&apos; bei Docker an und bindet den Treiber des Hosts in den Container ein. Hier hat Docker keine solche Laufzeit, oder das Toolkit konnte die Treiberbibliothek des Hosts (libnvidia-ml.so.1) nicht laden: Das Toolkit ist für diesen Docker-Daemon nicht installiert oder eingerichtet, der Host hat keinen funktionierenden NVIDIA-Treiber, oder Docker Desktop/rootless/snap-Docker läuft in einer eigenen VM oder einem eigenen Namespace, der den Treiber nicht sieht.</translation>
    </message>
    <message>
        <source>On the host: check the driver with `nvidia-smi`. Install the toolkit (https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html, e.g. `sudo apt install nvidia-container-toolkit`), then `sudo nvidia-ctk runtime configure --runtime=docker &amp;&amp; sudo systemctl restart docker`. Test with `docker run --rm --gpus all ubuntu nvidia-smi`. On Linux prefer Docker Engine over Docker Desktop or the snap package for GPU work; with Podman use CDI (`sudo nvidia-ctk cdi generate --output=/etc/cdi/nvidia.yaml`, then `--device nvidia.com/gpu=all`).</source>
        <extracomment>remedy of the diagnosis rule container_gpu_runtime_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Auf dem Host: Prüfen Sie den Treiber mit `nvidia-smi`. Installieren Sie das Toolkit (https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html, z. B. `sudo apt install nvidia-container-toolkit`), dann `sudo nvidia-ctk runtime configure --runtime=docker &amp;&amp; sudo systemctl restart docker`. Testen Sie mit `docker run --rm --gpus all ubuntu nvidia-smi`. Unter Linux ist für GPU-Arbeit Docker Engine besser als Docker Desktop oder das snap-Paket; mit Podman verwenden Sie CDI (`sudo nvidia-ctk cdi generate --output=/etc/cdi/nvidia.yaml`, dann `--device nvidia.com/gpu=all`).</translation>
    </message>
    <message>
        <source>No ROCm code for this AMD GPU: the build does not include its gfx target</source>
        <extracomment>title of the diagnosis rule rocm_gfx_unsupported (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Kein ROCm-Code für diese AMD-GPU: Der Build enthält ihr gfx-Ziel nicht</translation>
    </message>
    <message>
        <source>ROCm programs contain machine code for a list of AMD GPU targets (gfx900, gfx90a, gfx1030, gfx1100, ...). Your GPU&apos;s target is not in the list of this PyTorch/ROCm build or of a ROCm library such as rocBLAS, so no kernel can run (&apos;invalid device function&apos;, &apos;hipErrorNoBinaryForGpu&apos;). Consumer cards and APUs (e.g. gfx1032 RX 6600, gfx1033/1035 APUs, gfx1103, gfx1151, gfx1201) are often missing, and old ones (gfx803) were dropped.</source>
        <extracomment>explanation of the diagnosis rule rocm_gfx_unsupported (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>ROCm-Programme enthalten Maschinencode für eine Liste von AMD-GPU-Zielen (gfx900, gfx90a, gfx1030, gfx1100, ...). Das Ziel Ihrer GPU steht nicht in der Liste dieses PyTorch/ROCm-Builds oder einer ROCm-Bibliothek wie rocBLAS, daher kann kein Kernel laufen (&apos;invalid device function&apos;, &apos;hipErrorNoBinaryForGpu&apos;). Karten für Endkunden und APUs (z. B. gfx1032 RX 6600, die APUs gfx1033/1035, gfx1103, gfx1151, gfx1201) fehlen oft, und alte (gfx803) wurden gestrichen.</translation>
    </message>
    <message>
        <source>See your target with `rocminfo | grep -m1 -o &apos;gfx[0-9a-f]*&apos;` and the build&apos;s list with `python -c &quot;import torch; print(torch.cuda.get_arch_list())&quot;`. Install a ROCm/PyTorch release that supports it (newer ROCm wheels add targets: `pip install torch --index-url https://download.pytorch.org/whl/rocm6.2`). For a card close to a supported one, pretend to be that one: `export HSA_OVERRIDE_GFX_VERSION=10.3.0` (RDNA2, gfx103x) or `11.0.0` (RDNA3, gfx110x/gfx115x). Building from source with `PYTORCH_ROCM_ARCH=gfx1032` also works.</source>
        <extracomment>remedy of the diagnosis rule rocm_gfx_unsupported (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ermitteln Sie Ihr Ziel mit `rocminfo | grep -m1 -o &apos;gfx[0-9a-f]*&apos;` und die Liste des Builds mit `python -c &quot;import torch; print(torch.cuda.get_arch_list())&quot;`. Installieren Sie eine ROCm/PyTorch-Version, die es unterstützt (neuere ROCm-Wheels ergänzen Ziele: `pip install torch --index-url https://download.pytorch.org/whl/rocm6.2`). Für eine Karte, die einer unterstützten nahe ist, geben Sie sich als diese aus: `export HSA_OVERRIDE_GFX_VERSION=10.3.0` (RDNA2, gfx103x) oder `11.0.0` (RDNA3, gfx110x/gfx115x). Ein Build aus den Quellen mit `PYTORCH_ROCM_ARCH=gfx1032` funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>HTTPS failed: certificate not trusted or proxy in the way</source>
        <extracomment>title of the diagnosis rule ssl_proxy_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>HTTPS fehlgeschlagen: Zertifikat nicht vertrauenswürdig oder ein Proxy im Weg</translation>
    </message>
    <message>
        <source>The download reached a server, but the secure connection was refused: the server&apos;s certificate could not be verified (expired, self-signed, or replaced by a company/university proxy or antivirus that inspects HTTPS with its own certificate), or an HTTP proxy rejected the connection or wants a login (407). pip, uv, conda, git and curl each use their own list of trusted certificates.</source>
        <extracomment>explanation of the diagnosis rule ssl_proxy_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Download hat einen Server erreicht, aber die sichere Verbindung wurde abgelehnt: Das Zertifikat des Servers ließ sich nicht prüfen (abgelaufen, selbstsigniert oder ersetzt durch einen Firmen- bzw. Hochschul-Proxy oder ein Antivirenprogramm, das HTTPS mit eigenem Zertifikat untersucht), oder ein HTTP-Proxy hat die Verbindung abgewiesen oder verlangt eine Anmeldung (407). pip, uv, conda, git und curl verwenden jeweils eine eigene Liste vertrauenswürdiger Zertifikate.</translation>
    </message>
    <message>
        <source>Check the clock (`date`): a wrong date makes valid certificates look expired. Behind a proxy, set it for all tools: `export HTTPS_PROXY=http://user:password@proxy:port HTTP_PROXY=$HTTPS_PROXY`. With an inspecting proxy, get its CA certificate from your IT department and point the tools at it: `pip config set global.cert /path/ca.pem`, `export SSL_CERT_FILE=/path/ca.pem REQUESTS_CA_BUNDLE=/path/ca.pem`, `conda config --set ssl_verify /path/ca.pem`, `git config --global http.sslCAInfo /path/ca.pem`, `export UV_NATIVE_TLS=1` (uv uses the system store). Update old CA bundles with `pip install -U certifi` / `sudo apt install ca-certificates`. Avoid turning verification off.</source>
        <extracomment>remedy of the diagnosis rule ssl_proxy_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Prüfen Sie die Uhr (`date`): Ein falsches Datum lässt gültige Zertifikate abgelaufen aussehen. Hinter einem Proxy setzen Sie ihn für alle Werkzeuge: `export HTTPS_PROXY=http://user:password@proxy:port HTTP_PROXY=$HTTPS_PROXY`. Bei einem untersuchenden Proxy holen Sie sich dessen CA-Zertifikat von Ihrer IT-Abteilung und verweisen die Werkzeuge darauf: `pip config set global.cert /path/ca.pem`, `export SSL_CERT_FILE=/path/ca.pem REQUESTS_CA_BUNDLE=/path/ca.pem`, `conda config --set ssl_verify /path/ca.pem`, `git config --global http.sslCAInfo /path/ca.pem`, `export UV_NATIVE_TLS=1` (uv verwendet dann den Speicher des Systems). Aktualisieren Sie alte CA-Bündel mit `pip install -U certifi` / `sudo apt install ca-certificates`. Schalten Sie die Prüfung möglichst nicht ab.</translation>
    </message>
    <message>
        <source>ptxas could not turn PTX into GPU code (Triton PTX codegen / ptxas error)</source>
        <extracomment>title of the diagnosis rule triton_ptxas_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>ptxas konnte PTX nicht in GPU-Code übersetzen (Triton-PTX-Codegen / ptxas-Fehler)</translation>
    </message>
    <message>
        <source>Triton (used by torch.compile / TorchInductor, unsloth, vLLM, bitsandbytes, flash-attention kernels) turns its kernels into PTX and then calls ptxas to make GPU code for your GPU ({gpu_name}, compute capability {compute_capability}); nvcc does the same for .cu files. ptxas refused: most often the kernel uses a feature the GPU does not have (bf16 or fp8 need compute capability 8.0/8.9 or newer, so a T4 or V100 fails), or the ptxas bundled with Triton is too old for a brand-new GPU (e.g. sm_120 with an old Triton).</source>
        <extracomment>explanation of the diagnosis rule triton_ptxas_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Triton (verwendet von torch.compile / TorchInductor, unsloth, vLLM, bitsandbytes, flash-attention-Kernels) übersetzt seine Kernels in PTX und ruft dann ptxas auf, um GPU-Code für Ihre GPU ({gpu_name}, Compute Capability {compute_capability}) zu erzeugen; nvcc macht dasselbe für .cu-Dateien. ptxas hat abgelehnt: Meist verwendet der Kernel eine Funktion, die die GPU nicht hat (bf16 oder fp8 brauchen Compute Capability 8.0/8.9 oder neuer, daher scheitert eine T4 oder V100), oder das mit Triton gelieferte ptxas ist zu alt für eine ganz neue GPU (z. B. sm_120 mit einem alten Triton).</translation>
    </message>
    <message>
        <source>Read the ptxas lines. If one says a feature &apos;requires .target sm_80 or higher&apos;, use float16 instead of bfloat16 on this GPU (e.g. `dtype=torch.float16`, turn off bf16 in the trainer config) or use a newer GPU. For a new GPU, upgrade torch and triton together (`pip install -U torch triton`) or point Triton to a newer ptxas from a CUDA toolkit: `export TRITON_PTXAS_PATH=/usr/local/cuda/bin/ptxas`. To run without Triton, skip `torch.compile` (or use `backend=&quot;eager&quot;`).</source>
        <extracomment>remedy of the diagnosis rule triton_ptxas_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lesen Sie die Zeilen von ptxas. Sagt eine, eine Funktion &apos;requires .target sm_80 or higher&apos;, verwenden Sie auf dieser GPU float16 statt bfloat16 (z. B. `dtype=torch.float16`, bf16 in der Trainer-Konfiguration abschalten) oder eine neuere GPU. Für eine neue GPU aktualisieren Sie torch und triton gemeinsam (`pip install -U torch triton`) oder verweisen Triton auf ein neueres ptxas aus einem CUDA-Toolkit: `export TRITON_PTXAS_PATH=/usr/local/cuda/bin/ptxas`. Um ohne Triton zu arbeiten, lassen Sie `torch.compile` weg (oder verwenden Sie `backend=&quot;eager&quot;`).</translation>
    </message>
    <message>
        <source>Shared memory (/dev/shm) is too small, typically in a Docker container</source>
        <extracomment>title of the diagnosis rule docker_shm_too_small (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Gemeinsamer Speicher (/dev/shm) ist zu klein, typischerweise in einem Docker-Container</translation>
    </message>
    <message>
        <source>PyTorch&apos;s DataLoader workers (num_workers &gt; 0) and Python multiprocessing hand tensors and locks to each other through shared memory in /dev/shm. Docker gives a container only 64 MB of it by default (and Kubernetes pods or notebook servers similar small amounts), so as soon as batches are larger the workers die with &apos;Bus error&apos;, &apos;unable to write to file &lt;/torch_...&gt;&apos; or &apos;No space left on device&apos; from a SemLock, although the disk has plenty of space.</source>
        <extracomment>explanation of the diagnosis rule docker_shm_too_small (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die DataLoader-Worker von PyTorch (num_workers &gt; 0) und Python-multiprocessing reichen Tensoren und Sperren über gemeinsamen Speicher in /dev/shm weiter. Docker gibt einem Container davon standardmäßig nur 64 MB (Kubernetes-Pods oder Notebook-Server ähnlich wenig), daher sterben die Worker, sobald die Batches größer sind, mit &apos;Bus error&apos;, &apos;unable to write to file &lt;/torch_...&gt;&apos; oder &apos;No space left on device&apos; aus einem SemLock, obwohl die Festplatte viel Platz hat.</translation>
    </message>
    <message>
        <source>Give the container more shared memory: `docker run --shm-size=16g ...` (Compose: `shm_size: 16gb`) or share the host&apos;s with `--ipc=host`; in Kubernetes mount an `emptyDir` with `medium: Memory` at /dev/shm (Kubeflow notebooks: enable shared memory). Check the size with `df -h /dev/shm`. As a workaround, lower `num_workers` in the DataLoader (0 avoids shared memory), or call `torch.multiprocessing.set_sharing_strategy(&apos;file_system&apos;)`.</source>
        <extracomment>remedy of the diagnosis rule docker_shm_too_small (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Geben Sie dem Container mehr gemeinsamen Speicher: `docker run --shm-size=16g ...` (Compose: `shm_size: 16gb`) oder teilen Sie den des Hosts mit `--ipc=host`; in Kubernetes binden Sie ein `emptyDir` mit `medium: Memory` unter /dev/shm ein (Kubeflow-Notebooks: gemeinsamen Speicher einschalten). Prüfen Sie die Größe mit `df -h /dev/shm`. Als Umgehung verringern Sie `num_workers` im DataLoader (0 vermeidet gemeinsamen Speicher) oder rufen `torch.multiprocessing.set_sharing_strategy(&apos;file_system&apos;)` auf.</translation>
    </message>
    <message>
        <source>Disk (or /tmp) is full</source>
        <extracomment>title of the diagnosis rule disk_full (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>Festplatte (oder /tmp) ist voll</translation>
    </message>
    <message>
        <source>A file could not be written because the disk or partition is full. pip unpacks multi-gigabyte CUDA wheels into the temp folder and compilers write large temporary files to /tmp, which is often a small separate partition or RAM disk (tmpfs).</source>
        <extracomment>explanation of the diagnosis rule disk_full (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>Eine Datei konnte nicht geschrieben werden, weil die Festplatte oder Partition voll ist. pip entpackt mehrere Gigabyte große CUDA-Wheels in den Temp-Ordner, und Compiler schreiben große temporäre Dateien nach /tmp, das oft eine kleine eigene Partition oder eine RAM-Disk (tmpfs) ist.</translation>
    </message>
    <message>
        <source>Check free space with `df -h` (look at /, /tmp and your home). Free space (`pip cache purge`, `conda clean -a`, remove old build/ folders and Docker images with `docker system prune`), or point temporary files to a bigger disk: `export TMPDIR=/path/with/space` (pip and gcc honour it).</source>
        <extracomment>remedy of the diagnosis rule disk_full (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>Prüfen Sie den freien Platz mit `df -h` (achten Sie auf /, /tmp und Ihr Home-Verzeichnis). Schaffen Sie Platz (`pip cache purge`, `conda clean -a`, alte build/-Ordner entfernen und Docker-Images mit `docker system prune`), oder lenken Sie temporäre Dateien auf eine größere Festplatte: `export TMPDIR=/path/with/space` (pip und gcc beachten das).</translation>
    </message>
    <message>
        <source>Permission denied while installing or building</source>
        <extracomment>title of the diagnosis rule permission_denied (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>Zugriff verweigert beim Installieren oder Bauen</translation>
    </message>
    <message>
        <source>The current user may not write to the target folder — typically pip installing into the system Python (/usr/lib, /usr/local, /Library) without being root, or a folder that an earlier `sudo` run left owned by root.</source>
        <extracomment>explanation of the diagnosis rule permission_denied (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der aktuelle Benutzer darf nicht in den Zielordner schreiben — typischerweise installiert pip ohne Root-Rechte in das System-Python (/usr/lib, /usr/local, /Library), oder ein früherer Lauf mit `sudo` hat einen Ordner hinterlassen, der root gehört.</translation>
    </message>
    <message>
        <source>Do not use sudo with pip. Create a virtual environment (`python -m venv .venv &amp;&amp; source .venv/bin/activate`) or conda env and install there, or use `pip install --user`. If a folder in your home became root-owned, fix it with `sudo chown -R $USER: &lt;folder&gt;`.</source>
        <extracomment>remedy of the diagnosis rule permission_denied (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>Verwenden Sie sudo nicht mit pip. Legen Sie eine virtuelle Umgebung (`python -m venv .venv &amp;&amp; source .venv/bin/activate`) oder conda-Umgebung an und installieren Sie dort, oder verwenden Sie `pip install --user`. Gehört ein Ordner in Ihrem Home-Verzeichnis inzwischen root, korrigieren Sie das mit `sudo chown -R $USER: &lt;folder&gt;`.</translation>
    </message>
    <message>
        <source>Kernel headers for the running kernel are missing, so the driver module cannot be built</source>
        <extracomment>title of the diagnosis rule kernel_headers_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Kernel-Header für den laufenden Kernel fehlen, daher lässt sich das Treibermodul nicht bauen</translation>
    </message>
    <message>
        <source>NVIDIA (and AMD amdgpu-dkms) kernel modules are compiled on your machine for the exact kernel that is running (`uname -r`). That needs the matching kernel headers package, which is not installed, often because the kernel was just updated and the headers for the new version were not, or a custom/cloud kernel has no headers package installed by default. Without them DKMS or the .run installer cannot build the module, and no driver loads after reboot.</source>
        <extracomment>explanation of the diagnosis rule kernel_headers_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Kernelmodule von NVIDIA (und AMD amdgpu-dkms) werden auf Ihrem Rechner für genau den laufenden Kernel kompiliert (`uname -r`). Dafür braucht es das passende Paket mit den Kernel-Headern, das nicht installiert ist, oft weil der Kernel gerade aktualisiert wurde und die Header der neuen Version nicht, oder weil ein eigener bzw. Cloud-Kernel standardmäßig kein Header-Paket installiert hat. Ohne sie können DKMS oder der .run-Installer das Modul nicht bauen, und nach dem Neustart lädt kein Treiber.</translation>
    </message>
    <message>
        <source>Install the headers for the running kernel, then rebuild the module: Ubuntu/Debian `sudo apt install linux-headers-$(uname -r)` (Debian also `linux-headers-amd64`), Fedora/RHEL `sudo dnf install kernel-devel-$(uname -r) kernel-headers`, openSUSE `sudo zypper install kernel-default-devel`, Arch `sudo pacman -S linux-headers`. Then `sudo dkms autoinstall` (or reinstall the driver package) and reboot. If no headers exist for this kernel version, boot the newest distribution kernel first (`uname -r` shows the running one).</source>
        <extracomment>remedy of the diagnosis rule kernel_headers_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installieren Sie die Header für den laufenden Kernel und bauen Sie das Modul neu: Ubuntu/Debian `sudo apt install linux-headers-$(uname -r)` (Debian auch `linux-headers-amd64`), Fedora/RHEL `sudo dnf install kernel-devel-$(uname -r) kernel-headers`, openSUSE `sudo zypper install kernel-default-devel`, Arch `sudo pacman -S linux-headers`. Dann `sudo dkms autoinstall` (oder das Treiberpaket neu installieren) und neu starten. Gibt es für diese Kernelversion keine Header, starten Sie zuerst den neuesten Kernel der Distribution (`uname -r` zeigt den laufenden).</translation>
    </message>
    <message>
        <source>CUDA math headers clash with the new glibc math functions (glibc 2.41 and newer)</source>
        <extracomment>title of the diagnosis rule glibc_math_nvcc (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>CUDA-Mathe-Header kollidieren mit den neuen Mathefunktionen der glibc (glibc 2.41 und neuer)</translation>
    </message>
    <message>
        <source>glibc 2.41 (Fedora 42, Arch, Debian 13, Ubuntu 25.04 and newer) declares C23 math functions such as sinpi, cospi and rsqrt in &lt;math.h&gt;. The CUDA toolkit&apos;s own math_functions.h declares the same names with a different exception specification, so nvcc from CUDA 12.x (before 12.9) and early 13.0 stops with &apos;exception specification is incompatible with that of previous function&apos;. Nothing is wrong with your code; the toolkit and the system library versions do not fit together.</source>
        <extracomment>explanation of the diagnosis rule glibc_math_nvcc (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>glibc 2.41 (Fedora 42, Arch, Debian 13, Ubuntu 25.04 und neuer) deklariert C23-Mathefunktionen wie sinpi, cospi und rsqrt in &lt;math.h&gt;. Die eigene math_functions.h des CUDA-Toolkits deklariert dieselben Namen mit einer anderen Ausnahmespezifikation, daher bricht nvcc aus CUDA 12.x (vor 12.9) und frühem 13.0 mit &apos;exception specification is incompatible with that of previous function&apos; ab. An Ihrem Code ist nichts falsch; die Versionen von Toolkit und Systembibliothek passen nicht zusammen.</translation>
    </message>
    <message>
        <source>Install a CUDA toolkit release whose headers know the new glibc (a newer 12.9/13.x update), or build in a container with an older distribution (e.g. `docker run --gpus all -it nvidia/cuda:12.4.1-devel-ubuntu22.04`), or use a distribution release with glibc 2.40 or older. Patching /usr/local/cuda/targets/x86_64-linux/include/crt/math_functions.h (adding `noexcept (true)` to the four declarations) is a known workaround, but it changes the toolkit for every project.</source>
        <extracomment>remedy of the diagnosis rule glibc_math_nvcc (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installieren Sie eine CUDA-Toolkit-Version, deren Header die neue glibc kennen (ein neueres Update 12.9/13.x), oder bauen Sie in einem Container mit einer älteren Distribution (z. B. `docker run --gpus all -it nvidia/cuda:12.4.1-devel-ubuntu22.04`), oder verwenden Sie eine Distributionsversion mit glibc 2.40 oder älter. /usr/local/cuda/targets/x86_64-linux/include/crt/math_functions.h zu ändern (`noexcept (true)` an die vier Deklarationen anfügen) ist eine bekannte Umgehung, verändert das Toolkit aber für jedes Projekt.</translation>
    </message>
    <message>
        <source>This CUDA toolkit (or PyTorch build) no longer supports the GPU architecture: the GPU is too old for it</source>
        <extracomment>title of the diagnosis rule toolkit_dropped_arch (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Dieses CUDA-Toolkit (oder dieser PyTorch-Build) unterstützt die GPU-Architektur nicht mehr: Die GPU ist dafür zu alt</translation>
    </message>
    <message>
        <source>The build asked for code for an old GPU architecture (from the message: {arch}) that this CUDA toolkit or PyTorch build has removed. New CUDA releases drop old GPU generations: CUDA 11 dropped sm_30 and older, CUDA 12 dropped Kepler (sm_35/sm_37), CUDA 13 dropped Maxwell, Pascal and Volta (sm_50 to sm_72). The GPU is too OLD for this toolkit (or for this PyTorch build), not too new: a newer toolkit will not help. Often the architecture does not even come from your GPU but from a default list in a CMake file, setup.py or TORCH_CUDA_ARCH_LIST.</source>
        <extracomment>explanation of the diagnosis rule toolkit_dropped_arch (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Build hat Code für eine alte GPU-Architektur verlangt (laut Meldung: {arch}), die dieses CUDA-Toolkit oder dieser PyTorch-Build entfernt hat. Neue CUDA-Versionen streichen alte GPU-Generationen: CUDA 11 strich sm_30 und älter, CUDA 12 strich Kepler (sm_35/sm_37), CUDA 13 strich Maxwell, Pascal und Volta (sm_50 bis sm_72). Die GPU ist für dieses Toolkit (oder diesen PyTorch-Build) zu ALT, nicht zu neu: Ein neueres Toolkit hilft nicht. Oft stammt die Architektur nicht einmal von Ihrer GPU, sondern aus einer Standardliste in einer CMake-Datei, in setup.py oder in TORCH_CUDA_ARCH_LIST.</translation>
    </message>
    <message>
        <source>This toolkit no longer compiles for {arch}; the last CUDA that does is {last_cuda}. This machine&apos;s GPUs: {gpu_arch} ({gpu_name}). If your GPU is newer than {arch}, just remove the old architecture from the list: `export TORCH_CUDA_ARCH_LIST=&quot;{compute_capability}&quot;` for PyTorch extensions, `-DCMAKE_CUDA_ARCHITECTURES=native` (or your number, e.g. 86) for CMake, or drop the matching `-gencode arch=compute_..` flag in setup.py. If you really need {arch}, do not install a newer toolkit: use CUDA {last_cuda} and a PyTorch built for it (e.g. `pip install torch --index-url https://download.pytorch.org/whl/cu126` for CUDA 12.6).</source>
        <extracomment>remedy of the diagnosis rule toolkit_dropped_arch (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Dieses Toolkit kompiliert nicht mehr für {arch}; das letzte CUDA, das es tut, ist {last_cuda}. Die GPUs dieses Rechners: {gpu_arch} ({gpu_name}). Ist Ihre GPU neuer als {arch}, entfernen Sie einfach die alte Architektur aus der Liste: `export TORCH_CUDA_ARCH_LIST=&quot;{compute_capability}&quot;` für PyTorch-Erweiterungen, `-DCMAKE_CUDA_ARCHITECTURES=native` (oder Ihre Nummer, z. B. 86) für CMake, oder streichen Sie das passende Flag `-gencode arch=compute_..` in setup.py. Brauchen Sie {arch} wirklich, installieren Sie kein neueres Toolkit: Verwenden Sie CUDA {last_cuda} und ein dafür gebautes PyTorch (z. B. `pip install torch --index-url https://download.pytorch.org/whl/cu126` für CUDA 12.6).</translation>
    </message>
    <message>
        <source>The CUDA architecture list is malformed or names an unknown architecture</source>
        <extracomment>title of the diagnosis rule cuda_arch_list_invalid (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die Liste der CUDA-Architekturen ist fehlerhaft oder nennt eine unbekannte Architektur</translation>
    </message>
    <message>
        <source>The list of GPU architectures to build for (TORCH_CUDA_ARCH_LIST for PyTorch and its extensions, CMAKE_CUDA_ARCHITECTURES or CUDA_ARCH_LIST for CMake projects) contains an entry the build does not understand (from the message: &apos;{arch}&apos;). Either the spelling is wrong (PyTorch wants &apos;8.6&apos; or &apos;8.6+PTX&apos; separated by spaces or semicolons; CMake wants integers such as 86), or the entry is newer than this PyTorch/CMake version knows (e.g. 9.0a, 10.1, 12.0 with an old torch), or very old (2.1 Fermi). Automatic detection can also produce such entries.</source>
        <extracomment>explanation of the diagnosis rule cuda_arch_list_invalid (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die Liste der GPU-Architekturen, für die gebaut wird (TORCH_CUDA_ARCH_LIST für PyTorch und seine Erweiterungen, CMAKE_CUDA_ARCHITECTURES oder CUDA_ARCH_LIST für CMake-Projekte), enthält einen Eintrag, den der Build nicht versteht (laut Meldung: &apos;{arch}&apos;). Entweder ist die Schreibweise falsch (PyTorch will &apos;8.6&apos; oder &apos;8.6+PTX&apos;, getrennt durch Leerzeichen oder Semikolons; CMake will ganze Zahlen wie 86), oder der Eintrag ist neuer, als diese PyTorch- bzw. CMake-Version kennt (z. B. 9.0a, 10.1, 12.0 mit einem alten torch), oder sehr alt (2.1 Fermi). Auch die automatische Erkennung kann solche Einträge erzeugen.</translation>
    </message>
    <message>
        <source>Show what is set: `echo &quot;$TORCH_CUDA_ARCH_LIST&quot;`. Set it to your GPU&apos;s compute capability ({compute_capability}), e.g. `export TORCH_CUDA_ARCH_LIST=&quot;8.6&quot;` (several: `&quot;7.5;8.6;8.9+PTX&quot;`), or `unset TORCH_CUDA_ARCH_LIST` to let the build detect the GPU. For CMake pass `-DCMAKE_CUDA_ARCHITECTURES=86` (or `native`). If the value is right but unknown to your torch, remove the entry or upgrade torch to a release that knows it, and build again from a clean tree (`rm -rf build`).</source>
        <extracomment>remedy of the diagnosis rule cuda_arch_list_invalid (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Zeigen Sie an, was gesetzt ist: `echo &quot;$TORCH_CUDA_ARCH_LIST&quot;`. Setzen Sie die Variable auf die Compute Capability Ihrer GPU ({compute_capability}), z. B. `export TORCH_CUDA_ARCH_LIST=&quot;8.6&quot;` (mehrere: `&quot;7.5;8.6;8.9+PTX&quot;`), oder `unset TORCH_CUDA_ARCH_LIST`, damit der Build die GPU selbst erkennt. Für CMake übergeben Sie `-DCMAKE_CUDA_ARCHITECTURES=86` (oder `native`). Ist der Wert richtig, aber Ihrem torch unbekannt, entfernen Sie den Eintrag oder aktualisieren Sie torch auf eine Version, die ihn kennt, und bauen Sie erneut aus einem sauberen Baum (`rm -rf build`).</translation>
    </message>
    <message>
        <source>The extension refuses this CUDA / PyTorch combination by its own version check</source>
        <extracomment>title of the diagnosis rule cuda_version_unsupported_by_extension (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Die Erweiterung lehnt diese Kombination aus CUDA und PyTorch mit ihrer eigenen Versionsprüfung ab</translation>
    </message>
    <message>
        <source>The package&apos;s setup script checked the CUDA toolkit (nvcc) and the CUDA version PyTorch was built with, and stopped before compiling: either the toolkit is older than the package supports (e.g. FlashAttention needs CUDA 11.7 or newer, recent releases 12.x), or it insists that nvcc and torch.version.cuda match (Apex, DeepSpeed ops). The build environment found CUDA {cuda_version}.</source>
        <extracomment>explanation of the diagnosis rule cuda_version_unsupported_by_extension (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das Setup-Skript des Pakets hat das CUDA-Toolkit (nvcc) und die CUDA-Version geprüft, mit der PyTorch gebaut wurde, und vor dem Kompilieren angehalten: Entweder ist das Toolkit älter, als das Paket unterstützt (z. B. braucht FlashAttention CUDA 11.7 oder neuer, aktuelle Versionen 12.x), oder es besteht darauf, dass nvcc und torch.version.cuda übereinstimmen (Apex, DeepSpeed ops). Die Build-Umgebung fand CUDA {cuda_version}.</translation>
    </message>
    <message>
        <source>Compare `nvcc --version` with `python -c &quot;import torch; print(torch.__version__, torch.version.cuda)&quot;`. Install a toolkit that satisfies the check and matches torch&apos;s CUDA (e.g. CUDA 12.4 for a cu124 torch) and point the build at it: `export CUDA_HOME=/usr/local/cuda-12.4 PATH=/usr/local/cuda-12.4/bin:$PATH`, or install the torch variant for the toolkit you have. Prebuilt wheels of the package for your torch/CUDA (see its release page) avoid compiling altogether.</source>
        <extracomment>remedy of the diagnosis rule cuda_version_unsupported_by_extension (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Vergleichen Sie `nvcc --version` mit `python -c &quot;import torch; print(torch.__version__, torch.version.cuda)&quot;`. Installieren Sie ein Toolkit, das die Prüfung besteht und zum CUDA von torch passt (z. B. CUDA 12.4 für ein torch cu124), und verweisen Sie den Build darauf: `export CUDA_HOME=/usr/local/cuda-12.4 PATH=/usr/local/cuda-12.4/bin:$PATH`, oder installieren Sie die torch-Variante für Ihr vorhandenes Toolkit. Vorgebaute Wheels des Pakets für Ihr torch/CUDA (siehe seine Release-Seite) ersparen das Kompilieren ganz.</translation>
    </message>
    <message>
        <source>git could not clone or fetch a repository</source>
        <extracomment>title of the diagnosis rule git_clone_failed (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>git konnte ein Repository nicht klonen oder abrufen</translation>
    </message>
    <message>
        <source>A `git clone`, `git fetch` or `git submodule update` (run by you, by pip for a `git+https://` requirement, or by a build script) failed, so the source code is incomplete. Typical reasons: the transfer broke off (large repositories over slow or unstable links, HTTP/2 problems: &apos;RPC failed&apos;, &apos;early EOF&apos;), the repository or commit does not exist or is private (a submodule pinned to a commit that was removed), SSH keys are not set up, or the local object store is corrupt.</source>
        <extracomment>explanation of the diagnosis rule git_clone_failed (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ein `git clone`, `git fetch` oder `git submodule update` (von Ihnen ausgeführt, von pip für eine Anforderung `git+https://` oder von einem Build-Skript) ist fehlgeschlagen, daher ist der Quellcode unvollständig. Typische Gründe: Die Übertragung ist abgebrochen (große Repositorys über langsame oder instabile Verbindungen, HTTP/2-Probleme: &apos;RPC failed&apos;, &apos;early EOF&apos;), das Repository oder der Commit existiert nicht oder ist privat (ein Submodul, festgelegt auf einen entfernten Commit), SSH-Schlüssel sind nicht eingerichtet, oder der lokale Objektspeicher ist beschädigt.</translation>
    </message>
    <message>
        <source>Retry with a smaller transfer: `git clone --depth 1 &lt;url&gt;` (then `git fetch --unshallow` if you need history), or `git config --global http.version HTTP/1.1` for &apos;RPC failed; curl 92/56&apos; errors. Check the URL and that the commit exists (`git ls-remote &lt;url&gt;`); for submodules run `git submodule sync --recursive &amp;&amp; git submodule update --init --recursive`. Use the https URL instead of `git@github.com:` if you have no SSH key. A corrupt clone is best deleted and cloned again.</source>
        <extracomment>remedy of the diagnosis rule git_clone_failed (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Versuchen Sie es mit einer kleineren Übertragung: `git clone --depth 1 &lt;url&gt;` (danach `git fetch --unshallow`, wenn Sie die Historie brauchen), oder `git config --global http.version HTTP/1.1` bei Fehlern &apos;RPC failed; curl 92/56&apos;. Prüfen Sie die URL und ob der Commit existiert (`git ls-remote &lt;url&gt;`); für Submodule führen Sie `git submodule sync --recursive &amp;&amp; git submodule update --init --recursive` aus. Verwenden Sie die https-URL statt `git@github.com:`, wenn Sie keinen SSH-Schlüssel haben. Einen beschädigten Clone löschen Sie am besten und klonen neu.</translation>
    </message>
    <message>
        <source>The linker cannot find a library</source>
        <extracomment>title of the diagnosis rule linker_library_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Linker findet eine Bibliothek nicht</translation>
    </message>
    <message>
        <source>Compiling worked, but linking did not: the linker was told to use the library &apos;{library}&apos; (e.g. -lcuda, -lcudart, -lnccl, -lcudnn, -lgomp) and found no lib{library}.so or .a in its search path. Often the library is installed but only under another name (only libcuda.so.1 without the libcuda.so link, shipped by the driver), in a folder the linker does not search (/usr/local/cuda/lib64, the lib64/stubs folder, /usr/lib/wsl/lib), or its -dev package is missing.</source>
        <extracomment>explanation of the diagnosis rule linker_library_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das Kompilieren hat funktioniert, das Linken nicht: Der Linker sollte die Bibliothek &apos;{library}&apos; verwenden (z. B. -lcuda, -lcudart, -lnccl, -lcudnn, -lgomp) und fand in seinem Suchpfad keine lib{library}.so oder .a. Oft ist die Bibliothek installiert, aber nur unter einem anderen Namen (nur libcuda.so.1 ohne den Link libcuda.so, mitgeliefert vom Treiber), in einem Ordner, den der Linker nicht durchsucht (/usr/local/cuda/lib64, der Ordner lib64/stubs, /usr/lib/wsl/lib), oder ihr -dev-Paket fehlt.</translation>
    </message>
    <message>
        <source>Find it: `ldconfig -p | grep {library}` and `find / -name &apos;lib{library}*&apos; 2&gt;/dev/null`. Point the linker at the folder: `export LIBRARY_PATH=/usr/local/cuda/lib64:$LIBRARY_PATH` (for -lcuda at build time also `/usr/local/cuda/lib64/stubs`), or create the missing development link, e.g. `sudo ln -s libcuda.so.1 /usr/lib/x86_64-linux-gnu/libcuda.so` (for torch.compile/Triton on WSL: `export LIBRARY_PATH=/usr/lib/wsl/lib:$LIBRARY_PATH`). If it is not installed, install its -dev/-devel package (e.g. `libnccl-dev`, `cuda-cudart-dev-12-4`).</source>
        <extracomment>remedy of the diagnosis rule linker_library_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Suchen Sie sie: `ldconfig -p | grep {library}` und `find / -name &apos;lib{library}*&apos; 2&gt;/dev/null`. Verweisen Sie den Linker auf den Ordner: `export LIBRARY_PATH=/usr/local/cuda/lib64:$LIBRARY_PATH` (für -lcuda beim Bauen auch `/usr/local/cuda/lib64/stubs`), oder legen Sie den fehlenden Entwicklungslink an, z. B. `sudo ln -s libcuda.so.1 /usr/lib/x86_64-linux-gnu/libcuda.so` (für torch.compile/Triton unter WSL: `export LIBRARY_PATH=/usr/lib/wsl/lib:$LIBRARY_PATH`). Ist sie nicht installiert, installieren Sie ihr -dev/-devel-Paket (z. B. `libnccl-dev`, `cuda-cudart-dev-12-4`).</translation>
    </message>
    <message>
        <source>A header file (other than Python.h) is missing</source>
        <extracomment>title of the diagnosis rule header_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Eine Header-Datei (außer Python.h) fehlt</translation>
    </message>
    <message>
        <source>The compiler could not find the header &apos;{header}&apos; that the code includes. Headers come with development packages: CUDA headers (cuda_runtime.h, cusparse.h, cublas_v2.h, nccl.h, cudnn.h) with the CUDA toolkit, cuDNN or NCCL dev packages, system headers (crypt.h, zlib.h, ...) with -dev/-devel packages or the conda compilers&apos; sysroot. Either the package is not installed, or it is installed in a place the build does not search (CUDA_HOME not set, a runtime-only CUDA install, a conda env without the headers).</source>
        <extracomment>explanation of the diagnosis rule header_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Compiler konnte den Header &apos;{header}&apos; nicht finden, den der Code einbindet. Header kommen mit Entwicklungspaketen: CUDA-Header (cuda_runtime.h, cusparse.h, cublas_v2.h, nccl.h, cudnn.h) mit dem CUDA-Toolkit bzw. den Entwicklungspaketen von cuDNN oder NCCL, System-Header (crypt.h, zlib.h, ...) mit -dev/-devel-Paketen oder dem sysroot der conda-Compiler. Entweder ist das Paket nicht installiert, oder es liegt an einem Ort, den der Build nicht durchsucht (CUDA_HOME nicht gesetzt, eine reine Laufzeit-Installation von CUDA, eine conda-Umgebung ohne die Header).</translation>
    </message>
    <message>
        <source>Find it: `find / -name &apos;{header}&apos; 2&gt;/dev/null | head`. If it exists, add its folder to the search path, e.g. `export CUDA_HOME=/usr/local/cuda CPATH=/usr/local/cuda/include:$CPATH`. If not, install the package that provides it: the full CUDA toolkit (not only the runtime/driver) for cuda_runtime.h and cusparse.h (e.g. `sudo apt install cuda-toolkit-12-4` or `conda install -c nvidia cuda-toolkit`), `libnccl-dev`, `libcudnn9-dev-cuda-12`, `libcrypt-dev` for crypt.h (`conda install libxcrypt` in conda), `zlib1g-dev` for zlib.h. On Debian/Ubuntu `apt-file search {header}` tells which package has it.</source>
        <extracomment>remedy of the diagnosis rule header_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Suchen Sie ihn: `find / -name &apos;{header}&apos; 2&gt;/dev/null | head`. Existiert er, nehmen Sie seinen Ordner in den Suchpfad auf, z. B. `export CUDA_HOME=/usr/local/cuda CPATH=/usr/local/cuda/include:$CPATH`. Sonst installieren Sie das Paket, das ihn bereitstellt: das vollständige CUDA-Toolkit (nicht nur Laufzeit/Treiber) für cuda_runtime.h und cusparse.h (z. B. `sudo apt install cuda-toolkit-12-4` oder `conda install -c nvidia cuda-toolkit`), `libnccl-dev`, `libcudnn9-dev-cuda-12`, `libcrypt-dev` für crypt.h (`conda install libxcrypt` in conda), `zlib1g-dev` für zlib.h. Unter Debian/Ubuntu sagt `apt-file search {header}`, welches Paket ihn enthält.</translation>
    </message>
    <message>
        <source>The compiler itself crashed (internal compiler error)</source>
        <extracomment>title of the diagnosis rule compiler_internal_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Compiler selbst ist abgestürzt (internal compiler error)</translation>
    </message>
    <message>
        <source>The compiler crashed while translating a file: this is a bug in the compiler version (gcc, clang, MSVC or nvcc&apos;s cicc/cudafe++), triggered by the code and the flags used, not an error in your setup. Such bugs are specific to one compiler release and target (e.g. gcc 14 on aarch64 with SVE, MSVC 2017 on some .cu files); when the crash is &apos;Killed&apos;, the machine ran out of memory instead, which is a different problem.</source>
        <extracomment>explanation of the diagnosis rule compiler_internal_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Compiler ist beim Übersetzen einer Datei abgestürzt: Das ist ein Fehler in dieser Compiler-Version (gcc, clang, MSVC oder cicc/cudafe++ von nvcc), ausgelöst durch den Code und die verwendeten Flags, kein Fehler in Ihrer Einrichtung. Solche Fehler betreffen eine bestimmte Compiler-Version und Zielplattform (z. B. gcc 14 auf aarch64 mit SVE, MSVC 2017 bei manchen .cu-Dateien); lautet der Absturz &apos;Killed&apos;, ist dem Rechner stattdessen der Speicher ausgegangen, was ein anderes Problem ist.</translation>
    </message>
    <message>
        <source>Use another compiler version: e.g. `sudo apt install gcc-12 g++-12` then `export CC=gcc-12 CXX=g++-12 CUDAHOSTCXX=g++-12` (your gcc: {gcc_version}), update Visual Studio / the CUDA toolkit, or lower the optimisation or target flags of the failing file if the thread names a workaround. If the crash is random (a different file each time), suspect RAM or overheating and retry with fewer jobs: `MAX_JOBS={max_jobs}`.</source>
        <extracomment>remedy of the diagnosis rule compiler_internal_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Verwenden Sie eine andere Compiler-Version: z. B. `sudo apt install gcc-12 g++-12`, dann `export CC=gcc-12 CXX=g++-12 CUDAHOSTCXX=g++-12` (Ihr gcc: {gcc_version}), aktualisieren Sie Visual Studio bzw. das CUDA-Toolkit, oder senken Sie die Optimierungs- oder Ziel-Flags der fehlschlagenden Datei, falls der Fehlerbericht eine Umgehung nennt. Tritt der Absturz zufällig auf (jedes Mal eine andere Datei), vermuten Sie RAM oder Überhitzung und versuchen Sie es mit weniger Jobs: `MAX_JOBS={max_jobs}`.</translation>
    </message>
    <message>
        <source>The code does not compile with this CUDA&apos;s Thrust/CUB (CCCL 3 / CUDA 13 API changes)</source>
        <extracomment>title of the diagnosis rule thrust_cub_cccl_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Code kompiliert nicht mit Thrust/CUB dieses CUDA (API-Änderungen in CCCL 3 / CUDA 13)</translation>
    </message>
    <message>
        <source>CUDA 13 ships CCCL 3 (Thrust, CUB and libcu++), which removed long-deprecated names (e.g. `cub::Sum`, `cub::Max`, `thrust::unary_function`, old iterator and functor helpers) and requires C++17. Code written for CUDA 11/12 that still uses them stops with &apos;namespace &quot;cub&quot; has no member ...&apos;. A Thrust/CUB copy on the include path that does not match the toolkit gives similar errors.</source>
        <extracomment>explanation of the diagnosis rule thrust_cub_cccl_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>CUDA 13 liefert CCCL 3 (Thrust, CUB und libcu++), das lange veraltete Namen entfernt hat (z. B. `cub::Sum`, `cub::Max`, `thrust::unary_function`, alte Iterator- und Funktor-Helfer) und C++17 voraussetzt. Für CUDA 11/12 geschriebener Code, der sie noch verwendet, bricht mit &apos;namespace &quot;cub&quot; has no member ...&apos; ab. Eine Thrust/CUB-Kopie im Include-Pfad, die nicht zum Toolkit passt, führt zu ähnlichen Fehlern.</translation>
    </message>
    <message>
        <source>Build with a CUDA 12.x toolkit (e.g. 12.8) until the project supports CUDA 13 (`export CUDA_HOME=/usr/local/cuda-12.8 PATH=/usr/local/cuda-12.8/bin:$PATH`), or update the project to a release that does. When fixing the code: replace `cub::Sum()` with `cuda::std::plus&lt;&gt;()`, `cub::Max()` with `cuda::maximum&lt;&gt;()`, drop `thrust::unary_function` bases, and compile with `-std=c++17`. Remove old Thrust/CUB copies from the include path so the toolkit&apos;s own are used.</source>
        <extracomment>remedy of the diagnosis rule thrust_cub_cccl_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Bauen Sie mit einem CUDA-12.x-Toolkit (z. B. 12.8), bis das Projekt CUDA 13 unterstützt (`export CUDA_HOME=/usr/local/cuda-12.8 PATH=/usr/local/cuda-12.8/bin:$PATH`), oder aktualisieren Sie das Projekt auf eine Version, die es tut. Beim Korrigieren des Codes: Ersetzen Sie `cub::Sum()` durch `cuda::std::plus&lt;&gt;()`, `cub::Max()` durch `cuda::maximum&lt;&gt;()`, entfernen Sie Basisklassen `thrust::unary_function` und kompilieren Sie mit `-std=c++17`. Entfernen Sie alte Thrust/CUB-Kopien aus dem Include-Pfad, damit die des Toolkits verwendet werden.</translation>
    </message>
    <message>
        <source>The build needs Python packaging tools that are not installed. Python 3.12 removed the old &apos;distutils&apos; module, so old setuptools versions and setup.py scripts that import it break, and it removed pkgutil.ImpImporter, which old pip and pkg_resources still use; &apos;invalid command bdist_wheel&apos; means the &apos;wheel&apos; package is missing.</source>
        <extracomment>explanation of the diagnosis rule python_build_tooling (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Der Build braucht Python-Paketwerkzeuge, die nicht installiert sind. Python 3.12 hat das alte Modul &apos;distutils&apos; entfernt, daher brechen alte setuptools-Versionen und setup.py-Skripte ab, die es importieren, und es hat pkgutil.ImpImporter entfernt, das altes pip und pkg_resources noch verwenden; &apos;invalid command bdist_wheel&apos; heißt, dass das Paket &apos;wheel&apos; fehlt.</translation>
    </message>
    <message>
        <source>Install a CUDA toolkit that matches your PyTorch (`python -c &quot;import torch; print(torch.version.cuda)&quot;`), e.g. from NVIDIA&apos;s repository or `conda install -c nvidia/label/cuda-12.1.0 cuda-toolkit`, then `export CUDA_HOME=/usr/local/cuda PATH=$CUDA_HOME/bin:$PATH` and check `nvcc --version`. Do not run the build with sudo (sudo drops your PATH). On Windows with a Visual Studio generator, CMake&apos;s `No CUDA toolset found` means Visual Studio does not see the toolkit: reinstall CUDA with its Visual Studio Integration component, or name the toolkit with `cmake -T cuda=&lt;toolkit path&gt;`.</source>
        <extracomment>remedy of the diagnosis rule cuda_toolkit_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installieren Sie ein CUDA-Toolkit, das zu Ihrem PyTorch passt (`python -c &quot;import torch; print(torch.version.cuda)&quot;`), z. B. aus NVIDIAs Repository oder mit `conda install -c nvidia/label/cuda-12.1.0 cuda-toolkit`, dann `export CUDA_HOME=/usr/local/cuda PATH=$CUDA_HOME/bin:$PATH` und prüfen Sie `nvcc --version`. Starten Sie den Build nicht mit sudo (sudo verwirft Ihren PATH). Unter Windows mit einem Visual-Studio-Generator bedeutet CMakes `No CUDA toolset found`, dass Visual Studio das Toolkit nicht sieht: Installieren Sie CUDA mit der Komponente Visual Studio Integration neu, oder nennen Sie das Toolkit mit `cmake -T cuda=&lt;toolkit path&gt;`.</translation>
    </message>
    <message>
        <source>torchvision, torchaudio and prebuilt extensions such as xFormers contain C++/CUDA code built for exactly one torch release and CUDA variant. After torch was upgraded or reinstalled from another index (e.g. by another package&apos;s requirements), the old torchvision no longer fits.</source>
        <extracomment>explanation of the diagnosis rule torch_pairing_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>torchvision, torchaudio und vorgebaute Erweiterungen wie xFormers enthalten C++/CUDA-Code, der für genau eine torch-Version und CUDA-Variante gebaut ist. Nachdem torch aktualisiert oder von einem anderen Index neu installiert wurde (z. B. durch die Anforderungen eines anderen Pakets), passt das alte torchvision nicht mehr.</translation>
    </message>
    <message>
        <source>uv or pip reported an error</source>
        <extracomment>title of the diagnosis rule anchor_uv_report (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>uv oder pip hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The installer stopped with the boxed error shown: the line after &quot;×&quot; says what failed, and the lines marked &quot;╰─▶&quot; below it say why (for uv, the chain of requirements that cannot all be met).</source>
        <extracomment>explanation of the diagnosis rule anchor_uv_report (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Das Installationsprogramm hat mit dem eingerahmten Fehler abgebrochen: Die Zeile nach &quot;×&quot; sagt, was fehlschlug, und die mit &quot;╰─▶&quot; markierten Zeilen darunter sagen, warum (bei uv die Kette von Anforderungen, die sich nicht alle erfüllen lassen).</translation>
    </message>
    <message>
        <source>Read the &quot;╰─▶&quot; lines under the marked one: they name the package and the version or platform that could not be satisfied. The &quot;help:&quot; line, where there is one, names the option that changes it.</source>
        <extracomment>remedy of the diagnosis rule anchor_uv_report (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lesen Sie die mit &quot;╰─▶&quot; markierten Zeilen unter der markierten Zeile: Sie nennen das Paket und die Version oder Plattform, die nicht erfüllt werden konnte. Die Zeile &quot;help:&quot;, falls vorhanden, nennt die Option, die das ändert.</translation>
    </message>
    <message>
        <source>pip went on after a network problem</source>
        <extracomment>title of the diagnosis rule pip_went_on (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip hat nach einem Netzwerkproblem weitergemacht</translation>
    </message>
    <message>
        <source>pip printed its next step after the connection problems above: it retried and got what it needed, so those warnings were not the failure.</source>
        <extracomment>explanation of the diagnosis rule pip_went_on (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip hat nach den Verbindungsproblemen oben seinen nächsten Schritt ausgegeben: Es hat es erneut versucht und bekommen, was es brauchte; diese Warnungen waren also nicht der Fehler.</translation>
    </message>
    <message>
        <source>Nothing to do for the warnings above; if the install failed later, the failure is after this line.</source>
        <extracomment>remedy of the diagnosis rule pip_went_on (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>Für die Warnungen oben ist nichts zu tun; ist die Installation später fehlgeschlagen, liegt der Fehler nach dieser Zeile.</translation>
    </message>
</context>
<context>
    <name>DockerImages</name>
    <message>
        <source>The list of Docker base images cannot be read: %1</source>
        <translation>Die Liste der Docker-Basisimages kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the data files belong to it.</source>
        <translation>Installieren Sie dlstack neu; die Datendateien gehören dazu.</translation>
    </message>
    <message>
        <source>The list of Docker base images is not valid: %1</source>
        <translation>Die Liste der Docker-Basisimages ist ungültig: %1</translation>
    </message>
    <message>
        <source>Reinstall dlstack, or fix the file if you edited it.</source>
        <translation>Installieren Sie dlstack neu, oder korrigieren Sie die Datei, falls Sie sie bearbeitet haben.</translation>
    </message>
    <message>
        <source>schema %1 is not 1</source>
        <translation>Schema %1 ist nicht 1</translation>
    </message>
    <message>
        <source>the %1 %2 record needs devel, runtime and source</source>
        <translation>der Eintrag %1 %2 braucht devel, runtime und source</translation>
    </message>
    <message>
        <source>the %1 %2 image %3 does not carry its toolkit version %4</source>
        <translation>das %1-%2-Image %3 trägt nicht seine Toolkit-Version %4</translation>
    </message>
    <message>
        <source>Ubuntu %1 of the %2 %3 image is not described</source>
        <translation>Ubuntu %1 des %2-%3-Images ist nicht beschrieben</translation>
    </message>
</context>
<context>
    <name>DockerfileExporter</name>
    <message>
        <source>There is no published %1 image for %2 %3, so no Dockerfile can start from one.</source>
        <translation>Für %2 %3 gibt es kein veröffentlichtes %1-Image, also kann kein Dockerfile von einem ausgehen.</translation>
    </message>
    <message>
        <source>Pick one of the versions that have an image: %1.</source>
        <translation>Wählen Sie eine der Versionen mit Image: %1.</translation>
    </message>
    <message>
        <source>The image gets a new venv: the existing environment %1 belongs to this machine.</source>
        <translation>Das Image bekommt ein neues venv: Die vorhandene Umgebung %1 gehört zu diesem Rechner.</translation>
    </message>
    <message>
        <source>The image build downloads from the origins: the offline folder %1 is on this machine, not in the build context.</source>
        <translation>Der Image-Build lädt von den Ursprungsquellen: Der Offline-Ordner %1 liegt auf diesem Rechner, nicht im Build-Kontext.</translation>
    </message>
    <message>
        <source>dlstack&apos;s image data (dockerimages.json) has no base image for Intel XPU, so no Dockerfile can be written for an XPU selection.</source>
        <translation>Die Image-Daten von dlstack (dockerimages.json) enthalten kein Basis-Image für Intel XPU, daher kann für eine XPU-Auswahl kein Dockerfile geschrieben werden.</translation>
    </message>
    <message>
        <source>Export a script instead (--format bash), or pick a CUDA, ROCm or CPU build for the image.</source>
        <translation>Exportieren Sie stattdessen ein Skript (--format bash) oder wählen Sie einen CUDA-, ROCm- oder CPU-Build für das Image.</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>HTTP %1 without a Location header</source>
        <translation>HTTP %1 ohne Location-Kopfzeile</translation>
    </message>
    <message>
        <source>HTTP 416 for a resumed download</source>
        <translation>HTTP 416 bei einem fortgesetzten Download</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 bytes</source>
        <translation>Verbindung nach %1 von %2 Bytes geschlossen</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http(s) URL</source>
        <translation>weitergeleitet nach %1, keine http(s)-URL</translation>
    </message>
    <message>
        <source>redirected from https to plain http (%1); not followed</source>
        <translation>von https auf unverschlüsseltes http weitergeleitet (%1); nicht gefolgt</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>Redirected from %1 to %2; the credential for %1 is not sent there (the plan&apos;s credential for %2 is).</source>
        <translation>Von %1 nach %2 weitergeleitet; die Zugangsdaten für %1 werden dorthin nicht gesendet (die des Plans für %2 schon).</translation>
    </message>
    <message>
        <source>Redirected from %1 to %2; the credential for %1 is not sent to another origin.</source>
        <translation>Von %1 nach %2 weitergeleitet; die Zugangsdaten für %1 werden an keinen anderen Ursprung gesendet.</translation>
    </message>
    <message>
        <source>Refusing to send a credential over plain http to %1.</source>
        <translation>Zugangsdaten werden nicht über unverschlüsseltes http an %1 gesendet.</translation>
    </message>
    <message>
        <source>Anyone on the network path can read an http:// request, and the token or password with it. Nothing was downloaded.</source>
        <translation>Jeder auf dem Netzweg kann eine http://-Anfrage lesen, samt Token oder Passwort. Es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <source>Use an https:// URL. If this server has no https, set &quot;allow_insecure_auth&quot;: true on the download step and run `dlstack install --allow-insecure-auth`.</source>
        <translation>Verwenden Sie eine https://-URL. Hat dieser Server kein https, setzen Sie &quot;allow_insecure_auth&quot;: true im Download-Schritt und starten Sie `dlstack install --allow-insecure-auth`.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>%1, not a regular file; a file:// source must be a regular file</source>
        <translation>%1, keine normale Datei; eine file://-Quelle muss eine normale Datei sein</translation>
    </message>
    <message>
        <source>%1 through the proxy %2</source>
        <translation>%1 über den Proxy %2</translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection: %2</source>
        <translation>der Proxy %1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>the proxy %1 did not let the request through: %2</source>
        <translation>der Proxy %1 hat die Anfrage nicht durchgelassen: %2</translation>
    </message>
</context>
<context>
    <name>DriverRule</name>
    <message>
        <source> (on the Windows side)</source>
        <translation> (auf der Windows-Seite)</translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but not loaded for %1.</source>
        <translation>Der NVIDIA-Treiber ist installiert, aber für %1 nicht geladen.</translation>
    </message>
    <message>
        <source>Reboot; if it stays unloaded, check `sudo dmesg | grep -i nvidia` (Secure Boot can block an unsigned module).</source>
        <translation>Starten Sie neu; bleibt er ungeladen, prüfen Sie `sudo dmesg | grep -i nvidia` (Secure Boot kann ein unsigniertes Modul blockieren).</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found; CUDA %1 needs driver %2 or newer.</source>
        <translation>Es wurde kein NVIDIA-Treiber gefunden; CUDA %1 braucht Treiber %2 oder neuer.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2 (Ubuntu: sudo ubuntu-drivers install), then reboot.</source>
        <translation>Installieren Sie %1 oder neuer%2 (Ubuntu: sudo ubuntu-drivers install) und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2</source>
        <translation>Installieren Sie %1 oder neuer%2</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>, or pick CUDA %1.</source>
        <translation>, oder wählen Sie CUDA %1.</translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer; you have %3.</source>
        <translation>CUDA %1 braucht NVIDIA-Treiber %2 oder neuer; Sie haben %3.</translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer for its full feature set (PTX JIT, the toolkit&apos;s own checks); you have %3, which runs it only through minor-version compatibility.</source>
        <translation>CUDA %1 braucht NVIDIA-Treiber %2 oder neuer für den vollen Funktionsumfang (PTX-JIT, die eigenen Prüfungen des Toolkits); Sie haben %3, der es nur über die Minor-Version-Kompatibilität ausführt.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2.</source>
        <translation>Installieren Sie %1 oder neuer%2.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2, or pick CUDA %3.</source>
        <translation>Installieren Sie %1 oder neuer%2, oder wählen Sie CUDA %3.</translation>
    </message>
    <message>
        <source>Driver %1 is older than CUDA %2&apos;s own driver %3; the wheels run through CUDA minor-version compatibility.</source>
        <translation>Treiber %1 ist älter als der eigene Treiber %3 von CUDA %2; die Wheels laufen über die CUDA-Minor-Version-Kompatibilität.</translation>
    </message>
    <message>
        <source>If kernels compiled at run time fail (PTX JIT), install %1 or newer.</source>
        <translation>Wenn zur Laufzeit kompilierte Kernel fehlschlagen (PTX-JIT), installieren Sie %1 oder neuer.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The plan kept in %1 could not be moved aside.</source>
        <translation>Der in %1 abgelegte Plan konnte nicht beiseite verschoben werden.</translation>
    </message>
    <message>
        <source>Check the permissions of %1.</source>
        <translation>Prüfen Sie die Berechtigungen von %1.</translation>
    </message>
</context>
<context>
    <name>EnvironmentRecipe</name>
    <message>
        <source>No Python %1 was detected; the plan calls &quot;%2&quot; from PATH.</source>
        <translation>Es wurde kein Python %1 erkannt; der Plan ruft „%2“ aus PATH auf.</translation>
    </message>
    <message>
        <source>Miniforge %1 for %2 is downloaded without a checksum: the matrix records none for it.</source>
        <translation>Miniforge %1 für %2 wird ohne Prüfsumme heruntergeladen: Die Matrix verzeichnet keine dafür.</translation>
    </message>
</context>
<context>
    <name>EnvironmentRules</name>
    <message>
        <source>PyTorch %1 was built against NumPy 1.x, and the environment has numpy %2: &quot;A module that was compiled using NumPy 1.x cannot be run in NumPy 2.x&quot;.</source>
        <translation>PyTorch %1 wurde gegen NumPy 1.x gebaut, und die Umgebung hat numpy %2: „A module that was compiled using NumPy 1.x cannot be run in NumPy 2.x“.</translation>
    </message>
    <message>
        <source>pip install &quot;numpy&lt;2&quot; in the environment, or pick torch %1 or newer.</source>
        <translation>pip install &quot;numpy&lt;2&quot; in der Umgebung, oder wählen Sie torch %1 oder neuer.</translation>
    </message>
    <message>
        <source>PyTorch %1 needs NumPy 1.x; the new environment gets numpy&lt;2.</source>
        <translation>PyTorch %1 braucht NumPy 1.x; die neue Umgebung erhält numpy&lt;2.</translation>
    </message>
    <message>
        <source>Python %1 no longer ships distutils, which the build scripts of PyTorch %2 (made for Python up to %3) still import.</source>
        <translation>Python %1 liefert distutils nicht mehr mit, das die Build-Skripte von PyTorch %2 (gemacht für Python bis %3) noch importieren.</translation>
    </message>
    <message>
        <source>Use Python %1, or install setuptools in the build environment (it provides a distutils shim).</source>
        <translation>Verwenden Sie Python %1 oder installieren Sie setuptools in der Build-Umgebung (es stellt einen distutils-Ersatz bereit).</translation>
    </message>
</context>
<context>
    <name>ExistingEnvRule</name>
    <message>
        <source>its CUDA %1 needs driver %2, you have %3</source>
        <translation>sein CUDA %1 braucht Treiber %2, Sie haben %3</translation>
    </message>
    <message>
        <source>it has no kernels for %1 (%2)</source>
        <translation>es hat keine Kernel für %1 (%2)</translation>
    </message>
    <message>
        <source>The environment %1 is not in the profile, so its Python and packages are unknown.</source>
        <translation>Die Umgebung %1 ist nicht im Profil, daher sind ihr Python und ihre Pakete unbekannt.</translation>
    </message>
    <message>
        <source>Run `dlstack detect --env %1` and check again.</source>
        <translation>Führen Sie `dlstack detect --env %1` aus und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The environment %1 holds torch %2, which cannot use this machine&apos;s GPU: %3.</source>
        <translation>Die Umgebung %1 enthält torch %2, das die GPU dieses Rechners nicht nutzen kann: %3.</translation>
    </message>
    <message>
        <source>The install replaces it; anything built against it must be rebuilt.</source>
        <translation>Die Installation ersetzt es; alles, was dagegen gebaut wurde, muss neu gebaut werden.</translation>
    </message>
    <message>
        <source>torch %1 is already installed in %2.</source>
        <translation>torch %1 ist bereits in %2 installiert.</translation>
    </message>
    <message>
        <source>The environment %1 holds torch %2; installing torch %3 replaces it.</source>
        <translation>Die Umgebung %1 enthält torch %2; die Installation von torch %3 ersetzt es.</translation>
    </message>
    <message>
        <source>Packages built against torch %1 (C++/CUDA extensions, apex) must be rebuilt; a new environment avoids that.</source>
        <translation>Gegen torch %1 gebaute Pakete (C++/CUDA-Erweiterungen, apex) müssen neu gebaut werden; eine neue Umgebung vermeidet das.</translation>
    </message>
</context>
<context>
    <name>Extras</name>
    <message>
        <source>TensorRT runs on NVIDIA GPUs only; the selection is for %1.</source>
        <translation>TensorRT läuft nur auf NVIDIA-GPUs; die Auswahl ist für %1.</translation>
    </message>
    <message>
        <source>Pick a CUDA version (--cuda X.Y), or drop tensorrt.</source>
        <translation>Wählen Sie eine CUDA-Version (--cuda X.Y) oder verzichten Sie auf tensorrt.</translation>
    </message>
    <message>
        <source>torch-tensorrt wheels are built against the published torch wheels, not a torch built from source.</source>
        <translation>Die torch-tensorrt-Wheels sind gegen die veröffentlichten torch-Wheels gebaut, nicht gegen ein aus dem Quellcode gebautes torch.</translation>
    </message>
    <message>
        <source>Use the prebuilt route for tensorrt, or drop tensorrt.</source>
        <translation>Verwenden Sie für tensorrt den Weg mit vorgefertigten Wheels oder verzichten Sie auf tensorrt.</translation>
    </message>
    <message>
        <source>No torch-tensorrt release is paired with PyTorch %1 in the tested matrix.</source>
        <translation>In der getesteten Matrix ist PyTorch %1 kein torch-tensorrt-Release zugeordnet.</translation>
    </message>
    <message>
        <source>Drop tensorrt.</source>
        <translation>Verzichten Sie auf tensorrt.</translation>
    </message>
    <message>
        <source>Drop tensorrt, or pick a PyTorch release that has one (%1).</source>
        <translation>Verzichten Sie auf tensorrt oder wählen Sie ein PyTorch-Release, das eines hat (%1).</translation>
    </message>
    <message>
        <source>torch-tensorrt %1 (for PyTorch %2) has TensorRT wheels for CUDA %3 only, not CUDA %4.</source>
        <translation>torch-tensorrt %1 (für PyTorch %2) hat TensorRT-Wheels nur für CUDA %3, nicht für CUDA %4.</translation>
    </message>
    <message>
        <source>Pick --cuda %1, or drop tensorrt.</source>
        <translation>Wählen Sie --cuda %1 oder verzichten Sie auf tensorrt.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>torchtext has no release for PyTorch %1: its development stopped with torchtext %2, the partner of PyTorch %3.</source>
        <translation>torchtext hat kein Release für PyTorch %1: Seine Entwicklung endete mit torchtext %2, dem Partner von PyTorch %3.</translation>
    </message>
    <message>
        <source>Drop torchtext, or pick PyTorch %1 or older.</source>
        <translation>Verzichten Sie auf torchtext oder wählen Sie PyTorch %1 oder älter.</translation>
    </message>
    <message>
        <source>NVIDIA Apex builds CUDA extensions; the selection is for %1.</source>
        <translation>NVIDIA Apex baut CUDA-Erweiterungen; die Auswahl ist für %1.</translation>
    </message>
    <message>
        <source>Pick a CUDA version (--cuda X.Y), or drop apex.</source>
        <translation>Wählen Sie eine CUDA-Version (--cuda X.Y) oder verzichten Sie auf apex.</translation>
    </message>
    <message>
        <source>Apex has no tag between %1 (PyTorch %2) and %3 (PyTorch %4)</source>
        <translation>Apex hat kein Tag zwischen %1 (PyTorch %2) und %3 (PyTorch %4)</translation>
    </message>
    <message>
        <source>Apex has no tag after %1, the tag of NVIDIA&apos;s PyTorch container %2 (PyTorch %3)</source>
        <translation>Apex hat kein Tag nach %1, dem Tag von NVIDIAs PyTorch-Container %2 (PyTorch %3)</translation>
    </message>
    <message>
        <source>Apex has no tag before %1, the tag of NVIDIA&apos;s PyTorch container %2 (PyTorch %3)</source>
        <translation>Apex hat kein Tag vor %1, dem Tag von NVIDIAs PyTorch-Container %2 (PyTorch %3)</translation>
    </message>
    <message>
        <source>test-nn runs PyTorch&apos;s own test/test_nn.py from the source tree, and prebuilt wheels have no source tree.</source>
        <translation>test-nn führt PyTorchs eigenes test/test_nn.py aus dem Quellbaum aus, und vorgebaute Wheels haben keinen Quellbaum.</translation>
    </message>
    <message>
        <source>Add --route source to build PyTorch from source, or drop test-nn.</source>
        <translation>Fügen Sie --route source hinzu, um PyTorch aus dem Quellcode zu bauen, oder lassen Sie test-nn weg.</translation>
    </message>
    <message>
        <source>No torch-tensorrt that dlstack can install goes with PyTorch %1: %2 (%3)</source>
        <translation>Zu PyTorch %1 gehört kein torch-tensorrt, das dlstack installieren kann: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FactSheet</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>The version could not be read.</source>
        <translation>Die Version konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Too old for any PyTorch release: the oldest one dlstack knows needs Python %1 or newer. A new environment gets a newer Python.</source>
        <translation>Zu alt für jedes PyTorch-Release: Das älteste, das dlstack kennt, braucht Python %1 oder neuer. Eine neue Umgebung bekommt ein neueres Python.</translation>
    </message>
    <message>
        <source>PyTorch %1 supports Python %2.</source>
        <translation>PyTorch %1 unterstützt Python %2.</translation>
    </message>
    <message>
        <source>Newer than any PyTorch release supports (up to Python %1); a new environment gets an older Python.</source>
        <translation>Neuer, als jedes PyTorch-Release unterstützt (bis Python %1); eine neue Umgebung bekommt ein älteres Python.</translation>
    </message>
    <message>
        <source>No PyTorch release dlstack knows supports Python %1.</source>
        <translation>Kein PyTorch-Release, das dlstack kennt, unterstützt Python %1.</translation>
    </message>
    <message>
        <source>driver not loaded</source>
        <translation>Treiber nicht geladen</translation>
    </message>
    <message>
        <source>no driver installed</source>
        <translation>kein Treiber installiert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>For information.</source>
        <translation>Zur Information.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source> (WSL)</source>
        <translation> (WSL)</translation>
    </message>
    <message>
        <source>Under WSL the GPU driver is Windows&apos;s; install it there.</source>
        <translation>Unter WSL ist der GPU-Treiber der von Windows; installieren Sie ihn dort.</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU-Kerne</translation>
    </message>
    <message>
        <source>Sets MAX_JOBS of source builds with the memory.</source>
        <translation>Bestimmt mit dem Arbeitsspeicher MAX_JOBS von Source-Builds.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Not reported by this profile.</source>
        <translation>Von diesem Profil nicht angegeben.</translation>
    </message>
    <message>
        <source>Under 8 GiB: a source build will be slow or run out of memory; prebuilt wheels are fine.</source>
        <translation>Unter 8 GiB: Ein Source-Build wird langsam oder läuft aus dem Speicher; vorgefertigte Wheels sind kein Problem.</translation>
    </message>
    <message>
        <source>Enough for prebuilt wheels and source builds.</source>
        <translation>Genug für vorgefertigte Wheels und Source-Builds.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Freier Speicher</translation>
    </message>
    <message>
        <source>Under 10 GiB: even prebuilt wheels need about 10 GB. Free some space or install elsewhere.</source>
        <translation>Unter 10 GiB: Selbst vorgefertigte Wheels brauchen etwa 10 GB. Geben Sie Speicher frei oder installieren Sie anderswo.</translation>
    </message>
    <message>
        <source>Enough for prebuilt wheels; a source build needs about 40 GB.</source>
        <translation>Genug für vorgefertigte Wheels; ein Source-Build braucht etwa 40 GB.</translation>
    </message>
    <message>
        <source>Enough for a source build (about 40 GB).</source>
        <translation>Genug für einen Source-Build (etwa 40 GB).</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Secure Boot</translation>
    </message>
    <message>
        <source>Kernel modules such as the NVIDIA driver must be signed.</source>
        <translation>Kernelmodule wie der NVIDIA-Treiber müssen signiert sein.</translation>
    </message>
    <message>
        <source>Installs can fail or break until this is fixed.</source>
        <translation>Installationen können fehlschlagen oder Schaden anrichten, bis das behoben ist.</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Without a GPU only CPU builds are offered.</source>
        <translation>Ohne GPU werden nur CPU-Builds angeboten.</translation>
    </message>
    <message>
        <source>compute capability %1</source>
        <translation>Compute Capability %1</translation>
    </message>
    <message>
        <source>MIG on</source>
        <translation>MIG an</translation>
    </message>
    <message>
        <source>unnamed %1 GPU</source>
        <translation>unbenannte %1-GPU</translation>
    </message>
    <message>
        <source>Blocks GPU installs until its driver works.</source>
        <translation>Blockiert GPU-Installationen, bis ihr Treiber funktioniert.</translation>
    </message>
    <message>
        <source>Found and usable.</source>
        <translation>Gefunden und nutzbar.</translation>
    </message>
    <message>
        <source>, supports CUDA up to %1</source>
        <translation>, unterstützt CUDA bis %1</translation>
    </message>
    <message>
        <source>, open kernel module</source>
        <translation>, offenes Kernelmodul</translation>
    </message>
    <message>
        <source>NVIDIA driver</source>
        <translation>NVIDIA-Treiber</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Geladen.</translation>
    </message>
    <message>
        <source>CUDA builds up to %1 run with this driver.</source>
        <translation>CUDA-Builds bis %1 laufen mit diesem Treiber.</translation>
    </message>
    <message>
        <source>CUDA and ROCm</source>
        <translation>CUDA und ROCm</translation>
    </message>
    <message>
        <source>CUDA toolkit</source>
        <translation>CUDA-Toolkit</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>keines installiert</translation>
    </message>
    <message>
        <source>Prebuilt PyTorch wheels bring their own CUDA runtime; a source build installs a toolkit.</source>
        <translation>Vorgefertigte PyTorch-Wheels bringen ihre eigene CUDA-Runtime mit; ein Source-Build installiert ein Toolkit.</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <source>nvcc is missing: this toolkit cannot compile CUDA code.</source>
        <translation>nvcc fehlt: Dieses Toolkit kann keinen CUDA-Code kompilieren.</translation>
    </message>
    <message>
        <source>Usable for source builds and CUDA extensions.</source>
        <translation>Nutzbar für Source-Builds und CUDA-Erweiterungen.</translation>
    </message>
    <message>
        <source>cuDNN %1</source>
        <translation>cuDNN %1</translation>
    </message>
    <message>
        <source>No NVIDIA GPU here to use it.</source>
        <translation>Hier gibt es keine NVIDIA-GPU, die es nutzen könnte.</translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation>ROCm %1</translation>
    </message>
    <message>
        <source>Compilers and tools</source>
        <translation>Compiler und Werkzeuge</translation>
    </message>
    <message>
        <source>C/C++ compiler</source>
        <translation>C/C++-Compiler</translation>
    </message>
    <message>
        <source>Only source builds need one; the plan installs it.</source>
        <translation>Nur Source-Builds brauchen einen; der Plan installiert ihn.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Installed by a plan that needs it.</source>
        <translation>Wird von einem Plan installiert, der es braucht.</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>built with CUDA %1</source>
        <translation>gebaut mit CUDA %1</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (aktiv)</translation>
    </message>
    <message>
        <source>Its Python version is not known.</source>
        <translation>Ihre Python-Version ist unbekannt.</translation>
    </message>
    <message>
        <source>Usable as an existing environment: %1</source>
        <translation>Als vorhandene Umgebung nutzbar: %1</translation>
    </message>
    <message>
        <source>A new environment brings its own Python (conda) or needs python3 installed (venv).</source>
        <translation>Eine neue Umgebung bringt ihr eigenes Python mit (conda) oder braucht ein installiertes python3 (venv).</translation>
    </message>
    <message>
        <source>Problems while detecting</source>
        <translation>Probleme bei der Erkennung</translation>
    </message>
    <message>
        <source>This part of detection did not finish; the facts above may be incomplete.</source>
        <translation>Dieser Teil der Erkennung wurde nicht fertig; die Angaben oben können unvollständig sein.</translation>
    </message>
    <message numerus="yes">
        <source>Can create conda environments (%n environment(s) found).</source>
        <translation>
            <numerusform>Kann conda-Umgebungen anlegen (%n Umgebung gefunden).</numerusform>
            <numerusform>Kann conda-Umgebungen anlegen (%n Umgebungen gefunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Kernel headers</source>
        <translation>Kernel-Header</translation>
    </message>
    <message>
        <source>nouveau driver</source>
        <translation>nouveau-Treiber</translation>
    </message>
    <message>
        <source>Secure Boot and modules</source>
        <translation>Secure Boot und Module</translation>
    </message>
    <message>
        <source>CUDA on PATH</source>
        <translation>CUDA im PATH</translation>
    </message>
    <message>
        <source>Host problem</source>
        <translation>Problem des Rechners</translation>
    </message>
    <message>
        <source>Level Zero loader</source>
        <translation>Level-Zero-Loader</translation>
    </message>
    <message>
        <source>Level Zero GPU driver</source>
        <translation>Level-Zero-GPU-Treiber</translation>
    </message>
    <message>
        <source>Intel OpenCL</source>
        <translation>Intel OpenCL</translation>
    </message>
    <message>
        <source>Level Zero can reach it (PyTorch&apos;s XPU build); dlstack plans NVIDIA and AMD stacks only.</source>
        <translation>Level Zero kann sie ansprechen (der XPU-Build von PyTorch); dlstack plant nur NVIDIA- und AMD-Stacks.</translation>
    </message>
    <message>
        <source>Intel&apos;s compute runtime (libze_intel_gpu.so.1) is missing: install libze-intel-gpu1 or intel-level-zero-gpu for PyTorch&apos;s XPU build; dlstack plans NVIDIA and AMD stacks only.</source>
        <translation>Die Compute-Runtime von Intel (libze_intel_gpu.so.1) fehlt: Installieren Sie libze-intel-gpu1 oder intel-level-zero-gpu für den XPU-Build von PyTorch; dlstack plant nur NVIDIA- und AMD-Stacks.</translation>
    </message>
    <message>
        <source>Usable for builds, no GPU to run on: this machine has no NVIDIA GPU.</source>
        <translation>Für Builds nutzbar, keine GPU zum Ausführen: Dieser Rechner hat keine NVIDIA-GPU.</translation>
    </message>
    <message>
        <source>Usable for builds, no GPU to run on: this machine has no AMD GPU.</source>
        <translation>Für Builds nutzbar, keine GPU zum Ausführen: Dieser Rechner hat keine AMD-GPU.</translation>
    </message>
    <message>
        <source>Not usable as an existing environment: %1</source>
        <translation>Nicht als bestehende Umgebung nutzbar: %1</translation>
    </message>
    <message>
        <source>PCI %1</source>
        <translation>PCI %1</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Activation command</source>
        <translation>Aktivierungsbefehl</translation>
    </message>
    <message>
        <source>Check command</source>
        <translation>Prüfbefehl</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the activation command</source>
        <translation>Den Aktivierungsbefehl kopieren</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the check command</source>
        <translation>Den Prüfbefehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Activate the environment in a terminal:</source>
        <translation>Die Umgebung in einem Terminal &amp;aktivieren:</translation>
    </message>
    <message>
        <source>&amp;Then check that PyTorch works:</source>
        <translation>&amp;Dann prüfen, ob PyTorch funktioniert:</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 ist installiert.</translation>
    </message>
    <message>
        <source>%1 is planned but was not installed by this wizard. Once it is, use it like this:</source>
        <translation>%1 ist geplant, wurde aber nicht von diesem Assistenten installiert. Sobald es installiert ist, verwenden Sie es so:</translation>
    </message>
    <message>
        <source>Open the &amp;log…</source>
        <translation>&amp;Log öffnen…</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>Ergebnisse der Prüfung</translation>
    </message>
    <message>
        <source>Open the install log in the log inspector</source>
        <translation>Das Installationsprotokoll im Protokollbetrachter öffnen</translation>
    </message>
    <message>
        <source>&amp;Verification on this machine:</source>
        <translation>P&amp;rüfung auf diesem Rechner:</translation>
    </message>
    <message>
        <source>No verification output was recorded.</source>
        <translation>Es wurde keine Ausgabe der Prüfung aufgezeichnet.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; ran to the end.</source>
        <translation>Der Plan „%1“ ist vollständig durchgelaufen.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has not finished.</source>
        <translation>Der Plan „%1“ ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>How to use what was installed.</source>
        <translation>So verwenden Sie, was installiert wurde.</translation>
    </message>
    <message>
        <source>Everything is installed. Activate the environment to use it.</source>
        <translation>Alles ist installiert. Aktivieren Sie die Umgebung, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The install has not finished. What is done stays; install again to go on.</source>
        <translation>Die Installation ist nicht abgeschlossen. Was fertig ist, bleibt; installieren Sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>torch is installed from its source tree %1; after an edit there, &quot;dlstack rebuild %2&quot; compiles only what changed.</source>
        <translation>torch ist aus seinem Quellbaum %1 installiert; nach einer Änderung dort übersetzt „dlstack rebuild %2“ nur, was sich geändert hat.</translation>
    </message>
</context>
<context>
    <name>GpuArchRule</name>
    <message>
        <source>pick the %1 wheels of torch %2 (they cover %3)</source>
        <translation>wählen Sie die %1-Wheels von torch %2 (sie decken %3 ab)</translation>
    </message>
    <message>
        <source>pick torch %1 with the %2 wheels</source>
        <translation>wählen Sie torch %1 mit den %2-Wheels</translation>
    </message>
    <message>
        <source>The compute capability of %1 is not known, so dlstack cannot tell whether the kernels cover it.</source>
        <translation>Die Compute Capability von %1 ist nicht bekannt, daher kann dlstack nicht sagen, ob die Kernel sie abdecken.</translation>
    </message>
    <message>
        <source>Look it up on https://developer.nvidia.com/cuda-gpus, or run the check on that machine with a working driver.</source>
        <translation>Schlagen Sie sie unter https://developer.nvidia.com/cuda-gpus nach oder führen Sie die Prüfung auf diesem Rechner mit einem funktionierenden Treiber aus.</translation>
    </message>
    <message>
        <source>No CUDA toolkit in the matrix targets %1.</source>
        <translation>Kein CUDA-Toolkit in der Matrix unterstützt %1.</translation>
    </message>
    <message>
        <source>Pick CUDA %1, which targets %2.</source>
        <translation>Wählen Sie CUDA %1, das %2 unterstützt.</translation>
    </message>
    <message>
        <source>CUDA %1 cannot compile for %2 (%3); its oldest target is %4.</source>
        <translation>CUDA %1 kann nicht für %2 (%3) kompilieren; sein ältestes Ziel ist %4.</translation>
    </message>
    <message>
        <source>CUDA %1 cannot compile for %2 (%3); its newest target is %4.</source>
        <translation>CUDA %1 kann nicht für %2 (%3) kompilieren; sein neuestes Ziel ist %4.</translation>
    </message>
    <message>
        <source>CUDA %1 deprecates %2; the next major CUDA drops it.</source>
        <translation>CUDA %1 markiert %2 als veraltet; das nächste Haupt-Release von CUDA entfernt es.</translation>
    </message>
    <message>
        <source>The chosen arch list (%1) has no code for %2 (%3).</source>
        <translation>Die gewählte Arch-Liste (%1) enthält keinen Code für %2 (%3).</translation>
    </message>
    <message>
        <source>Add %1 to TORCH_CUDA_ARCH_LIST.</source>
        <translation>Fügen Sie %1 zu TORCH_CUDA_ARCH_LIST hinzu.</translation>
    </message>
    <message>
        <source>To fix it, %1.</source>
        <translation>Zur Behebung %1.</translation>
    </message>
    <message>
        <source>Or build from source with CUDA %1 and TORCH_CUDA_ARCH_LIST=%2.</source>
        <translation>Oder bauen Sie aus dem Quellcode mit CUDA %1 und TORCH_CUDA_ARCH_LIST=%2.</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have no native kernels for %3 (%4); they run by JIT-compiling PTX, which makes the first start slow and may miss kernels.</source>
        <translation>Die Wheels torch %1 %2 haben keine nativen Kernel für %3 (%4); sie laufen durch JIT-Kompilierung von PTX, was den ersten Start verlangsamt und Kernel verfehlen kann.</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have kernels for %3, not for %4 (%5): PyTorch would fail with &quot;no kernel image is available for execution on the device&quot;.</source>
        <translation>Die Wheels torch %1 %2 haben Kernel für %3, nicht für %4 (%5): PyTorch würde mit „no kernel image is available for execution on the device“ fehlschlagen.</translation>
    </message>
    <message>
        <source>This arch list is not confirmed against the published wheels, so this is a warning: check with torch.cuda.get_arch_list() after installing.</source>
        <translation>Diese Architekturliste ist nicht an den veröffentlichten Wheels bestätigt, daher ist dies nur eine Warnung: Prüfen Sie nach der Installation mit torch.cuda.get_arch_list().</translation>
    </message>
</context>
<context>
    <name>HazardsRule</name>
    <message>
        <source>The open-source nouveau driver is loaded; the NVIDIA driver cannot be installed while it holds the GPU.</source>
        <translation>Der quelloffene nouveau-Treiber ist geladen; der NVIDIA-Treiber kann nicht installiert werden, solange dieser die GPU belegt.</translation>
    </message>
    <message>
        <source>Install the driver from your distribution&apos;s packages (they blacklist nouveau), or blacklist it, run sudo update-initramfs -u and reboot.</source>
        <translation>Installieren Sie den Treiber aus den Paketen Ihrer Distribution (sie setzen nouveau auf die Blacklist) oder setzen Sie ihn selbst auf die Blacklist, führen Sie sudo update-initramfs -u aus und starten Sie neu.</translation>
    </message>
    <message>
        <source>Secure Boot is on: a newly built NVIDIA kernel module must be signed, or it will not load.</source>
        <translation>Secure Boot ist aktiv: Ein neu gebautes NVIDIA-Kernelmodul muss signiert sein, sonst wird es nicht geladen.</translation>
    </message>
    <message>
        <source>Use your distribution&apos;s driver packages and enrol the MOK key when asked at the next boot, or disable Secure Boot.</source>
        <translation>Verwenden Sie die Treiberpakete Ihrer Distribution und registrieren Sie den MOK-Schlüssel, wenn Sie beim nächsten Start danach gefragt werden, oder deaktivieren Sie Secure Boot.</translation>
    </message>
    <message>
        <source>The headers of the running kernel are missing; DKMS cannot build the NVIDIA module without them.</source>
        <translation>Die Header des laufenden Kernels fehlen; DKMS kann das NVIDIA-Modul ohne sie nicht bauen.</translation>
    </message>
    <message>
        <source>sudo apt install linux-headers-$(uname -r) (or your distribution&apos;s kernel-devel package) before installing the driver.</source>
        <translation>sudo apt install linux-headers-$(uname -r) (oder das kernel-devel-Paket Ihrer Distribution) vor der Installation des Treibers.</translation>
    </message>
    <message>
        <source>The NVIDIA driver was installed both from packages and by a runfile; upgrades then leave mismatched libraries (&quot;Driver/library version mismatch&quot;).</source>
        <translation>Der NVIDIA-Treiber wurde sowohl aus Paketen als auch per Runfile installiert; Upgrades hinterlassen dann nicht zusammenpassende Bibliotheken („Driver/library version mismatch“).</translation>
    </message>
    <message>
        <source>Remove the runfile driver (sudo nvidia-uninstall) and keep the packaged one.</source>
        <translation>Entfernen Sie den Runfile-Treiber (sudo nvidia-uninstall) und behalten Sie den paketierten.</translation>
    </message>
    <message>
        <source>CUDA toolkits were installed both from packages and by runfiles; the build may pick up headers and libraries of different versions.</source>
        <translation>CUDA-Toolkits wurden sowohl aus Paketen als auch per Runfile installiert; der Build könnte Header und Bibliotheken verschiedener Versionen verwenden.</translation>
    </message>
    <message>
        <source>dlstack&apos;s plan sets CUDA_HOME explicitly; remove the toolkit you do not need to be safe.</source>
        <translation>Der Plan von dlstack setzt CUDA_HOME ausdrücklich; entfernen Sie zur Sicherheit das Toolkit, das Sie nicht brauchen.</translation>
    </message>
    <message>
        <source>Several CUDA toolkits are on PATH; the build could mix their nvcc and libraries.</source>
        <translation>Mehrere CUDA-Toolkits liegen im PATH; der Build könnte ihre nvcc und Bibliotheken mischen.</translation>
    </message>
    <message>
        <source>dlstack&apos;s plan sets CUDA_HOME and PATH for the build; in your shell, keep only one toolkit on PATH.</source>
        <translation>Der Plan von dlstack setzt CUDA_HOME und PATH für den Build; behalten Sie in Ihrer Shell nur ein Toolkit im PATH.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>The number of CPU cores could not be read from /proc/cpuinfo.</source>
        <translation>Die Anzahl der CPU-Kerne konnte nicht aus /proc/cpuinfo gelesen werden.</translation>
    </message>
    <message>
        <source>The memory size could not be read from /proc/meminfo.</source>
        <translation>Die Speichergröße konnte nicht aus /proc/meminfo gelesen werden.</translation>
    </message>
    <message>
        <source>The free space at %1 could not be measured.</source>
        <translation>Der freie Speicherplatz unter %1 konnte nicht gemessen werden.</translation>
    </message>
    <message>
        <source>Neither /etc/os-release nor /usr/lib/os-release could be read.</source>
        <translation>Weder /etc/os-release noch /usr/lib/os-release konnte gelesen werden.</translation>
    </message>
    <message>
        <source>The open-source nouveau driver is loaded; the NVIDIA driver cannot be installed while it is. Blacklist nouveau and reboot first.</source>
        <translation>Der quelloffene nouveau-Treiber ist geladen; der NVIDIA-Treiber kann nicht installiert werden, solange er geladen ist. Setzen Sie nouveau auf die Blacklist und starten Sie zuerst neu.</translation>
    </message>
    <message>
        <source>Secure Boot is on: an NVIDIA kernel module that is not signed with an enrolled key will be refused at load time.</source>
        <translation>Secure Boot ist aktiv: Ein NVIDIA-Kernelmodul, das nicht mit einem registrierten Schlüssel signiert ist, wird beim Laden abgelehnt.</translation>
    </message>
    <message>
        <source>No kernel headers for the running kernel %1: a driver install cannot build its module. Install linux-headers-%1.</source>
        <translation>Keine Kernel-Header für den laufenden Kernel %1: Eine Treiberinstallation kann ihr Modul nicht bauen. Installieren Sie linux-headers-%1.</translation>
    </message>
    <message>
        <source>Several CUDA toolkits are on PATH / LD_LIBRARY_PATH (%1): builds may mix nvcc and libraries of different versions.</source>
        <translation>Mehrere CUDA-Toolkits liegen in PATH / LD_LIBRARY_PATH (%1): Builds könnten nvcc und Bibliotheken verschiedener Versionen mischen.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Print the profile as JSON.</source>
        <translation>Das Profil als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Text files to read; - reads standard input.</source>
        <translation>Zu lesende Textdateien; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Name at least one file to import (or - for standard input).</source>
        <translation>Nennen Sie mindestens eine zu importierende Datei (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: longer than %2 MiB, and its first %2 MiB are in no format dlstack knows (a JSON text cut short cannot be read at all). Import a shorter excerpt.</source>
        <translation>%1: länger als %2 MiB, und die ersten %2 MiB sind in keinem Format, das dlstack kennt (ein abgeschnittener JSON-Text lässt sich gar nicht lesen). Importieren Sie einen kürzeren Auszug.</translation>
    </message>
    <message>
        <source>%1: not a format dlstack knows. It reads the output of collect_env, nvidia-smi, nvcc, rocminfo, conda info and the other tools listed in `dlstack import --help`.</source>
        <translation>%1: kein Format, das dlstack kennt. Es liest die Ausgabe von collect_env, nvidia-smi, nvcc, rocminfo, conda info und den anderen in `dlstack import --help` aufgeführten Werkzeugen.</translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation>%1: gelesen als %2</translation>
    </message>
    <message>
        <source>Builds a profile of another machine from text its owner sent: python -m torch.utils.collect_env (and vLLM&apos;s and SGLang&apos;s reports), nvidia-smi (table, csv, -q, -q -x), /proc/driver/nvidia/version, lspci, nvcc --version, rocminfo, rocm-smi (table, -i, --json), amd-smi static, ROCm&apos;s .info/version, hipcc --version, sycl-ls, clinfo -l, xpu-smi (summary, discovery), conda info (plain or --json), conda env list, environments.txt, cudnn_version.h, gcc --version, cmake --version, /etc/os-release. A file may hold several of them one after another.</source>
        <translation>Erstellt ein Profil eines anderen Rechners aus Text, den dessen Besitzer geschickt hat: python -m torch.utils.collect_env (und die Berichte von vLLM und SGLang), nvidia-smi (Tabelle, csv, -q, -q -x), /proc/driver/nvidia/version, lspci, nvcc --version, rocminfo, rocm-smi (Tabelle, -i, --json), amd-smi static, ROCms .info/version, hipcc --version, sycl-ls, clinfo -l, xpu-smi (summary, discovery), conda info (einfach oder --json), conda env list, environments.txt, cudnn_version.h, gcc --version, cmake --version, /etc/os-release. Eine Datei darf mehrere davon nacheinander enthalten.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>any GPU</source>
        <translation>eine GPU</translation>
    </message>
    <message>
        <source>the driver version</source>
        <translation>die Treiberversion</translation>
    </message>
    <message>
        <source>all %1 attached GPUs (it lists %2)</source>
        <translation>alle %1 angeschlossenen GPUs (es werden %2 aufgeführt)</translation>
    </message>
    <message>
        <source>the PyTorch version</source>
        <translation>die PyTorch-Version</translation>
    </message>
    <message>
        <source>the CUDA release</source>
        <translation>das CUDA-Release</translation>
    </message>
    <message>
        <source>conda&apos;s version</source>
        <translation>die Version von conda</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>Zeilen %1-%2</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel install</source>
        <translation>Installation &amp;abbrechen</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Each stage can be rolled back on its own. The log shows every line of output.</source>
        <translation>Jede Stufe kann einzeln zurückgenommen werden. Das Log zeigt jede Ausgabezeile.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Install stages</source>
        <translation>Installationsstufen</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Install log</source>
        <translation>Installationslog</translation>
    </message>
    <message>
        <source>Install status</source>
        <translation>Installationsstatus</translation>
    </message>
    <message>
        <source>Start the install</source>
        <translation>Die Installation starten</translation>
    </message>
    <message>
        <source>Cancel the install</source>
        <translation>Die Installation abbrechen</translation>
    </message>
    <message>
        <source>This build of dlstack cannot run installs yet.</source>
        <translation>Dieser Build von dlstack kann noch keine Installationen ausführen.</translation>
    </message>
    <message>
        <source>This build cannot run the install itself yet. Go on to see the activation command; run the stages above by hand or with the dlstack command line.</source>
        <translation>Dieser Build kann die Installation noch nicht selbst ausführen. Gehen Sie weiter, um den Aktivierungsbefehl zu sehen; führen Sie die obigen Stufen von Hand oder mit der dlstack-Befehlszeile aus.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Installed. Go on to see how to use it.</source>
        <translation>Installiert. Gehen Sie weiter, um zu sehen, wie Sie es verwenden.</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Wird installiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Ro&amp;ll back stage…</source>
        <translation>S&amp;tufe zurücknehmen…</translation>
    </message>
    <message>
        <source>Install messages</source>
        <translation>Installationsmeldungen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Roll back the selected stage</source>
        <translation>Die gewählte Stufe zurücknehmen</translation>
    </message>
    <message>
        <source>Removes what the selected stage created and restores what it changed.</source>
        <translation>Entfernt, was die gewählte Stufe angelegt hat, und stellt wieder her, was sie geändert hat.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>A build started earlier is still running; showing it.</source>
        <translation>Ein früher gestarteter Build läuft noch; er wird angezeigt.</translation>
    </message>
    <message>
        <source>No plan could be made for these choices; go back and change them.</source>
        <translation>Für diese Auswahl ließ sich kein Plan erstellen; gehen Sie zurück und ändern Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>An earlier run into this folder stopped part-way. Resume goes on from there (finished stages are kept); a stage can also be rolled back.</source>
        <translation>Ein früherer Lauf in diesen Ordner wurde unterwegs beendet. „Fortsetzen“ macht dort weiter (fertige Stufen bleiben erhalten); einzelne Stufen lassen sich auch zurücknehmen.</translation>
    </message>
    <message>
        <source>Press Start to begin. You can cancel at any time and resume later.</source>
        <translation>Drücken Sie „Start“. Sie können jederzeit abbrechen und später fortsetzen.</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>noch etwa %n Stunde</numerusform>
            <numerusform>noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The stage was rolled back.</source>
        <translation>Die Stufe wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>The rollback did not finish: %1 Try it again; it continues where it stopped.</source>
        <translation>Das Zurücknehmen wurde nicht beendet: %1 Versuchen Sie es erneut; es macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Roll back &quot;%1&quot;?</source>
        <translation>„%1“ zurücknehmen?</translation>
    </message>
    <message>
        <source>The journal records nothing this stage left behind.</source>
        <translation>Laut Journal hat diese Stufe nichts hinterlassen.</translation>
    </message>
    <message>
        <source>This will:</source>
        <translation>Dabei wird:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll back a stage</source>
        <translation>Eine Stufe zurücknehmen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Wird zurückgenommen…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or continue the install</source>
        <translation>Die Installation pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Fo&amp;rtfahren</translation>
    </message>
    <message>
        <source>Paused: the running program is stopped and no new step starts.</source>
        <translation>Pausiert: Das laufende Programm ist angehalten, und kein neuer Schritt beginnt.</translation>
    </message>
    <message>
        <source>Stops the running program or download until you continue.</source>
        <translation>Hält das laufende Programm oder den Download an, bis Sie fortfahren.</translation>
    </message>
    <message>
        <source>no progress for a while</source>
        <translation>seit einer Weile kein Fortschritt</translation>
    </message>
    <message>
        <source>Cancelled. Resume goes on from where it stopped; finished stages are kept.</source>
        <translation>Abgebrochen. „Fortsetzen“ macht dort weiter, wo es aufgehört hat; abgeschlossene Stufen bleiben erhalten.</translation>
    </message>
    <message>
        <source>“%1” failed: the log shows the line, the panel below it why. Fix it and press Resume; finished stages are kept.</source>
        <translation>„%1“ ist fehlgeschlagen: Das Protokoll zeigt die Zeile, der Bereich darunter den Grund. Beheben Sie den Fehler und klicken Sie auf „Fortsetzen“; abgeschlossene Stufen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The install stopped. Press Resume to go on; finished stages are kept.</source>
        <translation>Die Installation wurde angehalten. Klicken Sie auf „Fortsetzen“, um weiterzumachen; abgeschlossene Stufen bleiben erhalten.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>InstallWizard</name>
    <message>
        <source>dlstack — set up a deep-learning stack</source>
        <translation>dlstack — einen Deep-Learning-Stack einrichten</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>A build is running</source>
        <translation>Ein Build läuft</translation>
    </message>
    <message>
        <source>The install is still running. It can keep running without this window: open dlstack again to see it, or to resume or roll back once it has stopped.</source>
        <translation>Die Installation läuft noch. Sie kann ohne dieses Fenster weiterlaufen: Öffnen Sie dlstack erneut, um sie zu sehen oder um sie nach dem Ende fortzusetzen oder zurückzunehmen.</translation>
    </message>
    <message>
        <source>&amp;Keep building in the background</source>
        <translation>Im &amp;Hintergrund weiterbauen</translation>
    </message>
    <message>
        <source>&amp;Stop the build</source>
        <translation>Build &amp;anhalten</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
</context>
<context>
    <name>LogInspector</name>
    <message>
        <source>Search the log</source>
        <comment>placeholder of the log search field</comment>
        <translation>Das Log durchsuchen</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Errors and warnings only</source>
        <translation>Nur Fehler und Warnungen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Jump to root cause</source>
        <translation>Zur Ursache springen</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>Diagnose kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <comment>status after indexing</comment>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 von %2 Zeilen angezeigt</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <comment>diagnosis list entry</comment>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>No known cause of failure was found in this log.</source>
        <translation>In diesem Log wurde keine bekannte Fehlerursache gefunden.</translation>
    </message>
    <message>
        <source>Unpacking %1…</source>
        <translation>%1 wird entpackt…</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Log wird gelesen…</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>wird gesucht…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Wird gefiltert…</translation>
    </message>
    <message>
        <source>Looking for the cause of the failure…</source>
        <translation>Ursache des Fehlers wird gesucht…</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Rule %1, line %2</source>
        <translation>Regel %1, Zeile %2</translation>
    </message>
    <message>
        <source>Why: %1
What to do: %2
</source>
        <translation>Warum: %1
Was zu tun ist: %2
</translation>
    </message>
    <message>
        <source>The diagnosis follows the build&apos;s output.</source>
        <translation>Die Diagnose verfolgt die Ausgabe des Builds.</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Verfolge %1</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Zeile %1:</translation>
    </message>
</context>
<context>
    <name>LogInspectorWindow</name>
    <message>
        <source>dlstack log inspector</source>
        <translation>dlstack-Log-Inspektor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open log…</source>
        <translation>Log ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a build log</source>
        <translation>Ein Build-Log öffnen</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.gz *.xz);;All files (*)</source>
        <translation>Logs (*.log *.txt *.gz *.xz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 — dlstack log inspector</source>
        <translation>%1 — dlstack-Log-Inspektor</translation>
    </message>
</context>
<context>
    <name>LogReader</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Standard input is a device, not a log.</source>
        <translation>Die Standardeingabe ist ein Gerät, kein Log.</translation>
    </message>
    <message>
        <source>Redirect a log file or a program&apos;s output to dlstack instead.</source>
        <translation>Leiten Sie stattdessen eine Logdatei oder die Ausgabe eines Programms an dlstack weiter.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a log.</source>
        <translation>%1 ist ein Ordner, kein Log.</translation>
    </message>
    <message>
        <source>Name the log file inside it.</source>
        <translation>Nennen Sie die Logdatei darin.</translation>
    </message>
    <message>
        <source>%1 is a device, not a log; reading it might never end.</source>
        <translation>%1 ist ein Gerät, kein Log; das Lesen könnte nie enden.</translation>
    </message>
    <message>
        <source>Save the output to a file first, or pipe it into `dlstack diagnose -`.</source>
        <translation>Speichern Sie die Ausgabe zuerst in einer Datei, oder leiten Sie sie in `dlstack diagnose -`.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Check the file name and that you may read the file.</source>
        <translation>Prüfen Sie den Dateinamen und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>No program wrote to the FIFO %1 within %2 s.</source>
        <translation>Kein Programm hat innerhalb von %2 s in den FIFO %1 geschrieben.</translation>
    </message>
    <message>
        <source>Start the program that writes the log into the FIFO, or pass a saved log file.</source>
        <translation>Starten Sie das Programm, das das Log in den FIFO schreibt, oder geben Sie eine gespeicherte Logdatei an.</translation>
    </message>
    <message>
        <source>Stopped reading %1: nothing new came for %2 s while the writer kept it open. The lines read so far were diagnosed.</source>
        <translation>Lesen von %1 beendet: %2 s lang kam nichts Neues, obwohl der Schreiber ihn offen hielt. Die bisher gelesenen Zeilen wurden diagnostiziert.</translation>
    </message>
    <message>
        <source>Pass --idle-timeout 0 to wait until the writer closes it.</source>
        <translation>Mit --idle-timeout 0 wird gewartet, bis der Schreiber ihn schließt.</translation>
    </message>
    <message>
        <source>Reading %1 was interrupted; the lines read so far were diagnosed.</source>
        <translation>Das Lesen von %1 wurde unterbrochen; die bisher gelesenen Zeilen wurden diagnostiziert.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Build log</source>
        <translation>Build-Log</translation>
    </message>
</context>
<context>
    <name>MatrixBundle</name>
    <message>
        <source>The matrix bundle is refused: %1</source>
        <translation>Das Matrix-Bündel wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>The version data in use is unchanged. Get a complete bundle made for this dlstack (docs/matrix-format.md, &quot;Matrix bundles&quot;).</source>
        <translation>Die verwendeten Versionsdaten bleiben unverändert. Besorgen Sie ein vollständiges Bündel für diese dlstack-Version (docs/matrix-format.md, „Matrix bundles“).</translation>
    </message>
    <message>
        <source>%1: %2: %3: %4</source>
        <translation>%1: %2: %3: %4</translation>
    </message>
    <message>
        <source>file %1, record %2, field %3</source>
        <translation>Datei %1, Eintrag %2, Feld %3</translation>
    </message>
    <message>
        <source>CUDA %1 (variant %2) is not a toolkit of cuda.json</source>
        <translation>CUDA %1 (Variante %2) ist kein Toolkit aus cuda.json</translation>
    </message>
    <message>
        <source>ROCm %1 (variant %2) is not a release of rocm.json</source>
        <translation>ROCm %1 (Variante %2) ist keine Version aus rocm.json</translation>
    </message>
    <message>
        <source>The installed bundle %1 is not used: %2</source>
        <translation>Das installierte Bündel %1 wird nicht verwendet: %2</translation>
    </message>
    <message>
        <source>The installed bundle %1 (version %2) is not newer than the built-in data; it is not used.</source>
        <translation>Das installierte Bündel %1 (Version %2) ist nicht neuer als die eingebauten Daten; es wird nicht verwendet.</translation>
    </message>
    <message>
        <source>installed bundle %1 from %2 (sha256 %3)</source>
        <translation>installiertes Bündel %1 aus %2 (sha256 %3)</translation>
    </message>
    <message>
        <source>built-in version %1</source>
        <translation>eingebaute Version %1</translation>
    </message>
    <message>
        <source>it is not complete JSON (%1 at line %2, column %3 of %4 bytes); it may have been cut short while downloading</source>
        <translation>es ist kein vollständiges JSON (%1 in Zeile %2, Spalte %3 von %4 Bytes); vermutlich wurde es beim Herunterladen abgeschnitten</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is not &quot;%1&quot;; this is not a dlstack matrix bundle</source>
        <translation>Feld „format“ ist nicht „%1“; das ist kein dlstack-Matrix-Bündel</translation>
    </message>
    <message>
        <source>field &quot;schema&quot; is missing or not a number</source>
        <translation>Feld „schema“ fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>it has schema %1, this dlstack reads schema %2; a newer dlstack is needed</source>
        <translation>es hat Schema %1, diese dlstack-Version liest Schema %2; eine neuere dlstack-Version wird benötigt</translation>
    </message>
    <message>
        <source>schema %1 is not known to this dlstack (it reads schema %2)</source>
        <translation>Schema %1 ist dieser dlstack-Version unbekannt (sie liest Schema %2)</translation>
    </message>
    <message>
        <source>field &quot;data_version&quot; must be a date like 2026-12-31</source>
        <translation>Feld „data_version“ muss ein Datum wie 2026-12-31 sein</translation>
    </message>
    <message>
        <source>files.%1: not a file of the version matrix (%2)</source>
        <translation>files.%1: keine Datei der Versionsmatrix (%2)</translation>
    </message>
    <message>
        <source>files.%1: missing or not an object</source>
        <translation>files.%1: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>its sha256 is %1, not the pinned %2</source>
        <translation>seine sha256 ist %1, nicht die festgelegte %2</translation>
    </message>
    <message>
        <source>its data version %1 is not newer than the built-in data (version %2)</source>
        <translation>seine Datenversion %1 ist nicht neuer als die eingebauten Daten (Version %2)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the matrix bundle to %1: %2</source>
        <translation>Das Matrix-Bündel kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The version data in use is unchanged.</source>
        <translation>Die verwendeten Versionsdaten bleiben unverändert.</translation>
    </message>
    <message>
        <source>Cannot remove the matrix bundle %1: %2</source>
        <translation>Das Matrix-Bündel %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The replaced bundle could not be kept, so --revert goes back to the built-in data: %1</source>
        <translation>Das ersetzte Paket konnte nicht aufbewahrt werden, daher kehrt --revert zu den eingebauten Daten zurück: %1</translation>
    </message>
</context>
<context>
    <name>MatrixCommand</name>
    <message>
        <source> (experimental: %1)</source>
        <translation> (experimentell: %1)</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>arch %1</source>
        <translation>Arch %1</translation>
    </message>
    <message>
        <source>gfx %1</source>
        <translation>gfx %1</translation>
    </message>
    <message>
        <source>source build: gcc &gt;= %1, C++%2, CMake &gt;= %3%4</source>
        <translation>Build aus dem Quellcode: gcc &gt;= %1, C++%2, CMake &gt;= %3%4</translation>
    </message>
    <message>
        <source>(no minimum)</source>
        <translation>(kein Minimum)</translation>
    </message>
    <message>
        <source>not confirmed: %1</source>
        <translation>nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Lists the tested PyTorch releases with their CUDA/ROCm/CPU wheels, Python range, companions and source-build requirements. * marks the variant plain `pip install torch` gets.</source>
        <translation>Listet die getesteten PyTorch-Releases mit ihren CUDA/ROCm/CPU-Wheels, dem Python-Bereich, Begleitpaketen und den Anforderungen für Builds aus dem Quellcode auf. * markiert die Variante, die ein einfaches `pip install torch` erhält.</translation>
    </message>
    <message>
        <source>Only this release (&quot;2.4&quot; means the newest 2.4.x).</source>
        <translation>Nur dieses Release („2.4“ bedeutet das neueste 2.4.x).</translation>
    </message>
    <message>
        <source>Print the records as JSON (docs/matrix-format.md).</source>
        <translation>Die Einträge als JSON ausgeben (docs/matrix-format.md).</translation>
    </message>
    <message>
        <source>matrix takes no arguments; use --torch V.</source>
        <translation>matrix nimmt keine Argumente an; verwenden Sie --torch V.</translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix (%2 to %3).</source>
        <translation>PyTorch %1 ist nicht in der getesteten Matrix (%2 bis %3).</translation>
    </message>
    <message>
        <source>Cannot read the matrix bundle %1: %2</source>
        <translation>Das Matrix-Bündel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The version data in use is unchanged.</source>
        <translation>Die verwendeten Versionsdaten bleiben unverändert.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Es kann kein temporäres Verzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the downloaded bundle %1: %2</source>
        <translation>Das heruntergeladene Bündel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Refuse the bundle unless its sha256 is HEX.</source>
        <translation>Das Bündel ablehnen, wenn seine sha256 nicht HEX ist.</translation>
    </message>
    <message>
        <source>Print the data now in use as JSON.</source>
        <translation>Die nun verwendeten Daten als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The bundle: a path, or an http(s):// or file:// URL.</source>
        <translation>Das Bündel: ein Pfad oder eine http(s)://- oder file://-URL.</translation>
    </message>
    <message>
        <source>Removed the installed bundle; now using %1.</source>
        <translation>Das installierte Bündel wurde entfernt; verwendet wird nun %1.</translation>
    </message>
    <message>
        <source>No bundle was installed; using %1.</source>
        <translation>Es war kein Bündel installiert; verwendet wird %1.</translation>
    </message>
    <message>
        <source>--sha256 takes 64 hex digits.</source>
        <translation>--sha256 nimmt 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Installed; now using %1.</source>
        <translation>Installiert; verwendet wird nun %1.</translation>
    </message>
    <message>
        <source>Say which data is in use: the built-in data or an installed bundle.</source>
        <translation>Angeben, welche Daten verwendet werden: die eingebauten Daten oder ein installiertes Bündel.</translation>
    </message>
    <message>
        <source>`dlstack matrix update --help`: install a newer bundle.</source>
        <translation>`dlstack matrix update --help`: ein neueres Bündel installieren.</translation>
    </message>
    <message>
        <source>Version data in use: %1</source>
        <translation>Verwendete Versionsdaten: %1</translation>
    </message>
    <message>
        <source>matrix update --revert takes no bundle and no --sha256.</source>
        <translation>matrix update --revert nimmt kein Bundle und kein --sha256.</translation>
    </message>
    <message>
        <source>matrix update takes one bundle (a file or a URL), or --revert.</source>
        <translation>matrix update nimmt ein Bundle (eine Datei oder eine URL) oder --revert.</translation>
    </message>
    <message>
        <source>Installs a newer version matrix bundle (docs/matrix-format.md) from a file or a URL, after checking it completely; commands then use the newer of the built-in and the installed data. --revert goes back one step: to the bundle installed before, or to the built-in data.</source>
        <translation>Installiert ein neueres Versionsmatrix-Paket (docs/matrix-format.md) aus einer Datei oder von einer URL, nachdem es vollständig geprüft wurde; Befehle verwenden danach die neueren der eingebauten und der installierten Daten. --revert geht einen Schritt zurück: zum vorher installierten Paket oder zu den eingebauten Daten.</translation>
    </message>
    <message>
        <source>Go back one step: to the bundle installed before, else to the built-in data.</source>
        <translation>Einen Schritt zurückgehen: zum vorher installierten Paket, sonst zu den eingebauten Daten.</translation>
    </message>
    <message>
        <source>Went back to the bundle installed before; now using %1.</source>
        <translation>Zurück zum vorher installierten Paket; jetzt in Gebrauch: %1.</translation>
    </message>
</context>
<context>
    <name>ModulefileExporter</name>
    <message>
        <source>The plan &quot;%1&quot; writes no activation script; a modulefile would have nothing to load.</source>
        <translation>Der Plan „%1“ schreibt kein Aktivierungsskript; ein Modulefile hätte nichts zu laden.</translation>
    </message>
    <message>
        <source>Plan with dlstack plan (its activation stage writes &lt;prefix&gt;/activate), or add a write_file step for &quot;activate&quot; to the plan.</source>
        <translation>Planen Sie mit dlstack plan (dessen Aktivierungsstufe &lt;prefix&gt;/activate schreibt), oder fügen Sie dem Plan einen write_file-Schritt für „activate“ hinzu.</translation>
    </message>
    <message>
        <source>The dlstack stack in %1 is not installed yet, or is gone: %2 is missing. `dlstack status --prefix %3` says where its install stands.</source>
        <translation>Der dlstack-Stack in %1 ist noch nicht installiert oder nicht mehr vorhanden: %2 fehlt. `dlstack status --prefix %3` zeigt, wie weit seine Installation ist.</translation>
    </message>
</context>
<context>
    <name>NvidiaProbe</name>
    <message>
        <source>nvidia-smi did not answer within %1 seconds; the driver or a GPU may be hung. Check `sudo dmesg | grep -i -e nvrm -e xid`; a reboot usually clears it.</source>
        <translation>nvidia-smi hat nicht innerhalb von %1 Sekunden geantwortet; der Treiber oder eine GPU hängt möglicherweise. Prüfen Sie `sudo dmesg | grep -i -e nvrm -e xid`; ein Neustart behebt es meist.</translation>
    </message>
    <message>
        <source>nvidia-smi failed (exit code %1) and printed no GPU: %2</source>
        <translation>nvidia-smi ist fehlgeschlagen (Exit-Code %1) und hat keine GPU ausgegeben: %2</translation>
    </message>
    <message>
        <source>This looks like a Jetson board: %1 is an L4T release, not a desktop driver version. Use NVIDIA JetPack to install CUDA on it.</source>
        <translation>Dies scheint ein Jetson-Board zu sein: %1 ist ein L4T-Release, keine Desktop-Treiberversion. Verwenden Sie NVIDIA JetPack, um CUDA darauf zu installieren.</translation>
    </message>
</context>
<context>
    <name>NvidiaSmiParser</name>
    <message>
        <source>nvidia-smi cannot talk to the NVIDIA driver: the kernel module is not loaded. Install the NVIDIA driver (or reinstall it for the running kernel) and reboot; inside a container, start it with the NVIDIA container runtime (--gpus all).</source>
        <translation>nvidia-smi kann nicht mit dem NVIDIA-Treiber kommunizieren: Das Kernelmodul ist nicht geladen. Installieren Sie den NVIDIA-Treiber (oder installieren Sie ihn für den laufenden Kernel neu) und starten Sie neu; in einem Container starten Sie diesen mit der NVIDIA Container Runtime (--gpus all).</translation>
    </message>
    <message>
        <source>nvidia-smi found no NVIDIA GPU. The driver is loaded but did not take the card: check `sudo dmesg | grep -i nvrm` (a driver too old for the GPU, or an open-module requirement) and install a driver that supports this GPU.</source>
        <translation>nvidia-smi hat keine NVIDIA-GPU gefunden. Der Treiber ist geladen, hat die Karte aber nicht übernommen: Prüfen Sie `sudo dmesg | grep -i nvrm` (ein für die GPU zu alter Treiber oder eine Anforderung an das offene Modul) und installieren Sie einen Treiber, der diese GPU unterstützt.</translation>
    </message>
    <message>
        <source>The NVIDIA driver was updated but the old kernel module is still loaded (driver/library version mismatch). Reboot to load the new driver.</source>
        <translation>Der NVIDIA-Treiber wurde aktualisiert, aber das alte Kernelmodul ist noch geladen (Treiber-/Bibliotheksversionskonflikt). Starten Sie neu, um den neuen Treiber zu laden.</translation>
    </message>
    <message>
        <source>This nvidia-smi is too old to report some fields (such as the compute capability).</source>
        <translation>Dieses nvidia-smi ist zu alt, um einige Felder zu melden (etwa die Compute Capability).</translation>
    </message>
</context>
<context>
    <name>Nvml</name>
    <message>
        <source>libnvidia-ml.so.1 could not be loaded (%1).</source>
        <translation>libnvidia-ml.so.1 konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>libnvidia-ml.so.1 lacks the functions dlstack needs (a driver older than R418?).</source>
        <translation>libnvidia-ml.so.1 fehlen die Funktionen, die dlstack benötigt (ein Treiber älter als R418?).</translation>
    </message>
    <message>
        <source>NVML did not start (error %1): the NVIDIA driver is not loaded or does not match the library.</source>
        <translation>NVML ist nicht gestartet (Fehler %1): Der NVIDIA-Treiber ist nicht geladen oder passt nicht zur Bibliothek.</translation>
    </message>
</context>
<context>
    <name>OpencvRecipe</name>
    <message>
        <source>OpenCV with CUDA needs a CUDA plan; the opencv-python-headless wheel is installed instead.</source>
        <translation>OpenCV mit CUDA braucht einen CUDA-Plan; stattdessen wird das Wheel opencv-python-headless installiert.</translation>
    </message>
    <message>
        <source>No OpenCV release builds with CUDA %1 (CCCL 3 changes, opencv/opencv_contrib#4120); OpenCV follows its %2 branch, which carries the fixes.</source>
        <translation>Keine OpenCV-Version baut mit CUDA %1 (Änderungen in CCCL 3, opencv/opencv_contrib#4120); OpenCV folgt seinem Zweig %2, der die Korrekturen enthält.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>New &amp;venv</source>
        <translation>Neues &amp;venv</translation>
    </message>
    <message>
        <source>New &amp;conda environment</source>
        <translation>Neue co&amp;nda-Umgebung</translation>
    </message>
    <message>
        <source>E&amp;xisting environment:</source>
        <translation>&amp;Bestehende Umgebung:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Where to install and how. The defaults suit most machines.</source>
        <translation>Wohin und wie installiert wird. Die Standardwerte passen für die meisten Rechner.</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Installationsordner</translation>
    </message>
    <message>
        <source>Free space in the install folder</source>
        <translation>Freier Speicherplatz im Installationsordner</translation>
    </message>
    <message>
        <source>Existing environment</source>
        <translation>Bestehende Umgebung</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Name der Umgebung</translation>
    </message>
    <message>
        <source>GPU architecture list</source>
        <translation>GPU-Architekturliste</translation>
    </message>
    <message>
        <source>Parallel compile jobs</source>
        <translation>Parallele Compile-Jobs</translation>
    </message>
    <message>
        <source>Compiler cache</source>
        <translation>Compiler-Cache</translation>
    </message>
    <message>
        <source>Package mirror URL</source>
        <translation>URL des Paket-Mirrors</translation>
    </message>
    <message>
        <source>Offline package folder</source>
        <translation>Offline-Paketordner</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Problem with the options</source>
        <translation>Problem mit den Optionen</translation>
    </message>
    <message>
        <source>e.g. 8.6;8.9 — empty: this machine&apos;s GPUs</source>
        <translation>z. B. 8.6;8.9 — leer: die GPUs dieses Rechners</translation>
    </message>
    <message>
        <source>e.g. https://mirror.example.org/pypi/simple</source>
        <translation>z. B. https://mirror.example.org/pypi/simple</translation>
    </message>
    <message>
        <source>e.g. http://proxy.example.org:3128</source>
        <translation>z. B. http://proxy.example.org:3128</translation>
    </message>
    <message>
        <source>environment name</source>
        <translation>Name der Umgebung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the install folder</source>
        <translation>Den Installationsordner wählen</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the offline package folder</source>
        <translation>Den Offline-Paketordner wählen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>NVIDIA Apex is built from source against the installed PyTorch.</source>
        <translation>NVIDIA Apex wird aus dem Quellcode gegen das installierte PyTorch gebaut.</translation>
    </message>
    <message>
        <source>Source build</source>
        <translation>Build aus dem Quellcode</translation>
    </message>
    <message>
        <source>&amp;Arch list:</source>
        <translation>&amp;Arch-Liste:</translation>
    </message>
    <message>
        <source>MAX_&amp;JOBS:</source>
        <translation>MAX_&amp;JOBS:</translation>
    </message>
    <message>
        <source>Compiler cac&amp;he:</source>
        <translation>Compiler-&amp;Cache:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Mirror:</translation>
    </message>
    <message>
        <source>Off&amp;line folder:</source>
        <translation>O&amp;ffline-Ordner:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Install &amp;folder:</source>
        <translation>Insta&amp;llationsordner:</translation>
    </message>
    <message>
        <source>No venv or conda environment was found.</source>
        <translation>Es wurde keine venv- oder conda-Umgebung gefunden.</translation>
    </message>
    <message>
        <source>Free space: unknown.</source>
        <translation>Freier Speicherplatz: unbekannt.</translation>
    </message>
    <message>
        <source>Choose an install folder with a full path, such as %1.</source>
        <translation>Wählen Sie einen Installationsordner mit vollständigem Pfad, etwa %1.</translation>
    </message>
    <message>
        <source>%1 has only %2 MiB free; this install needs about %3 MiB.</source>
        <translation>%1 hat nur %2 MiB frei; diese Installation braucht etwa %3 MiB.</translation>
    </message>
    <message>
        <source>Give the new environment a name.</source>
        <translation>Geben Sie der neuen Umgebung einen Namen.</translation>
    </message>
    <message>
        <source>distcc hosts</source>
        <translation>distcc-Rechner</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5/16 10.0.0.6/16 — empty: ~/.distcc/hosts</source>
        <translation>z. B. 10.0.0.5/16 10.0.0.6/16 — leer: ~/.distcc/hosts</translation>
    </message>
    <message>
        <source>distcc hos&amp;ts:</source>
        <translation>distcc-&amp;Rechner:</translation>
    </message>
    <message>
        <source>The opencv-python-headless wheel; with a CUDA source build, OpenCV is built with CUDA too.</source>
        <translation>Das Wheel opencv-python-headless; bei einem CUDA-Quellbau wird OpenCV ebenfalls mit CUDA gebaut.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Planning for %1: where the plan installs on that machine, and how.</source>
        <translation>Planung für %1: wo und wie der Plan auf jenem Rechner installiert.</translation>
    </message>
    <message>
        <source>Loo&amp;k in a folder…</source>
        <translation>In einem Ordner suc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose the folder of an existing environment</source>
        <translation>Ordner einer bestehenden Umgebung wählen</translation>
    </message>
    <message>
        <source>A venv or conda environment that was not found on its own.</source>
        <translation>Eine venv- oder conda-Umgebung, die nicht von selbst gefunden wurde.</translation>
    </message>
    <message>
        <source>Folder of an existing environment</source>
        <translation>Ordner einer bestehenden Umgebung</translation>
    </message>
    <message>
        <source>chosen on the Options page</source>
        <translation>auf der Seite „Optionen“ gewählt</translation>
    </message>
    <message>
        <source>%1 free; the space needed is known once these choices make a plan.</source>
        <translation>%1 frei; der benötigte Platz steht fest, sobald diese Auswahl einen Plan ergibt.</translation>
    </message>
    <message>
        <source>%1 free; about %2 needed.</source>
        <translation>%1 frei; etwa %2 benötigt.</translation>
    </message>
    <message>
        <source>Only %1 free; about %2 needed. Choose another folder or free some space.</source>
        <translation>Nur %1 frei; etwa %2 benötigt. Wählen Sie einen anderen Ordner oder schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>Why no existing environment can be chosen</source>
        <translation>Warum keine bestehende Umgebung gewählt werden kann</translation>
    </message>
    <message>
        <source>Why apex cannot be chosen</source>
        <translation>Warum apex nicht gewählt werden kann</translation>
    </message>
    <message>
        <source>Why the source build options are off</source>
        <translation>Warum die Optionen für den Build aus dem Quellcode deaktiviert sind</translation>
    </message>
    <message>
        <source>Why the distcc hosts are off</source>
        <translation>Warum die distcc-Rechner deaktiviert sind</translation>
    </message>
    <message>
        <source>Version data not confirmed by a primary source</source>
        <translation>Nicht durch eine Primärquelle bestätigte Versionsdaten</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Erweiterte Optionen anzeigen</translation>
    </message>
    <message>
        <source>apex is built for the CUDA backend only.</source>
        <translation>apex wird nur für das CUDA-Backend gebaut.</translation>
    </message>
    <message>
        <source>Only for a build from source; the route chosen on the Stack page installs prebuilt wheels.</source>
        <translation>Nur für einen Build aus dem Quellcode; der auf der Seite „Stack“ gewählte Weg installiert vorgefertigte Wheels.</translation>
    </message>
    <message>
        <source>Only with the distcc compiler cache.</source>
        <translation>Nur mit dem Compiler-Cache distcc.</translation>
    </message>
    <message>
        <source>All version data of PyTorch %1 used here is confirmed by a primary source.</source>
        <translation>Alle hier verwendeten Versionsdaten von PyTorch %1 sind durch eine Primärquelle bestätigt.</translation>
    </message>
    <message>
        <source>Version data of PyTorch %1 that no primary source confirms yet: %2. `dlstack matrix` lists every such field.</source>
        <translation>Versionsdaten von PyTorch %1, die noch keine Primärquelle bestätigt: %2. `dlstack matrix` listet jedes solche Feld auf.</translation>
    </message>
    <message>
        <source>Advanced &amp;options</source>
        <translation>Erweiterte &amp;Optionen</translation>
    </message>
    <message>
        <source>&amp;Development install (editable)</source>
        <translation>Entwic&amp;klungsinstallation (editierbar)</translation>
    </message>
    <message>
        <source>Development install</source>
        <translation>Entwicklungsinstallation</translation>
    </message>
    <message>
        <source>torch stays in its source tree, installed with pip install -e; after an edit, dlstack rebuild compiles only what changed.</source>
        <translation>torch bleibt in seinem Quellbaum, installiert mit pip install -e; nach einer Änderung übersetzt dlstack rebuild nur, was sich geändert hat.</translation>
    </message>
</context>
<context>
    <name>OsRelease</name>
    <message>
        <source>%1 has no ID= line; the distribution is unknown.</source>
        <translation>%1 hat keine ID=-Zeile; die Distribution ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>PackageProbe</name>
    <message>
        <source>The NVIDIA driver was installed both with NVIDIA&apos;s .run installer and from packages (%1). Remove one of them (nvidia-uninstall, or apt purge) before installing another driver.</source>
        <translation>Der NVIDIA-Treiber wurde sowohl mit dem .run-Installer von NVIDIA als auch aus Paketen (%1) installiert. Entfernen Sie einen davon (nvidia-uninstall oder apt purge), bevor Sie einen anderen Treiber installieren.</translation>
    </message>
    <message>
        <source>CUDA %1 was installed both with the .run installer and from packages; their files overwrite each other. Keep one of them.</source>
        <translation>CUDA %1 wurde sowohl mit dem .run-Installer als auch aus Paketen installiert; ihre Dateien überschreiben sich gegenseitig. Behalten Sie nur eine davon.</translation>
    </message>
</context>
<context>
    <name>PathGuard</name>
    <message>
        <source>Could not look at %1.</source>
        <translation>%1 konnte nicht untersucht werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the directories on the way.</source>
        <translation>Prüfen Sie die Berechtigungen der Verzeichnisse auf dem Weg.</translation>
    </message>
</context>
<context>
    <name>PciProbe</name>
    <message>
        <source>The NVIDIA GPU %1 is driven by nouveau, which cannot run CUDA. Install the NVIDIA driver; it blacklists nouveau, then reboot.</source>
        <translation>Die NVIDIA-GPU %1 wird von nouveau betrieben, das kein CUDA ausführen kann. Installieren Sie den NVIDIA-Treiber (er setzt nouveau auf die Blacklist) und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>The NVIDIA GPU %1 has no driver. Install the NVIDIA driver (for example `sudo ubuntu-drivers install`) and reboot.</source>
        <translation>Die NVIDIA-GPU %1 hat keinen Treiber. Installieren Sie den NVIDIA-Treiber (zum Beispiel `sudo ubuntu-drivers install`) und starten Sie neu.</translation>
    </message>
    <message>
        <source>The NVIDIA GPU %1 is bound to %2 (passed through or reserved), not to the NVIDIA driver.</source>
        <translation>Die NVIDIA-GPU %1 ist an %2 gebunden (durchgereicht oder reserviert), nicht an den NVIDIA-Treiber.</translation>
    </message>
    <message>
        <source>The NVIDIA driver is loaded but did not take the GPU %1. `sudo dmesg | grep -i nvrm` tells why (often a driver too old for the card, or one that needs the open kernel module).</source>
        <translation>Der NVIDIA-Treiber ist geladen, hat die GPU %1 aber nicht übernommen. `sudo dmesg | grep -i nvrm` nennt den Grund (oft ein für die Karte zu alter Treiber oder einer, der das offene Kernelmodul braucht).</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>run as root first: %1</source>
        <translation>zuerst als root ausführen: %1</translation>
    </message>
    <message>
        <source>warning: the mirror directory %1 has no %2; the install will fetch it from its URL (run `dlstack bundle` where there is a network to fill the directory).</source>
        <translation>Warnung: Im Spiegelverzeichnis %1 fehlt %2; die Installation lädt es von seiner URL (füllen Sie das Verzeichnis mit `dlstack bundle` dort, wo es Netz gibt).</translation>
    </message>
    <message>
        <source>once installed, activate it with: %1</source>
        <translation>nach der Installation aktivieren Sie sie mit: %1</translation>
    </message>
    <message>
        <source>With --format sbatch: the Slurm partition (default: the cluster&apos;s).</source>
        <translation>Mit --format sbatch: die Slurm-Partition (Standard: die des Clusters).</translation>
    </message>
    <message>
        <source>--partition goes with --format sbatch.</source>
        <translation>--partition gehört zu --format sbatch.</translation>
    </message>
    <message>
        <source>needs: internet (%1); downloads about %2 (%3)</source>
        <translation>braucht: Internet (%1); lädt etwa %2 herunter (%3)</translation>
    </message>
    <message>
        <source>needs: no internet (everything comes from the offline folder)</source>
        <translation>braucht: kein Internet (alles kommt aus dem Offline-Ordner)</translation>
    </message>
    <message>
        <source>needs: about %1 of disk in %2, %3 on this machine (`dlstack preflight PLAN.json` checks the servers)</source>
        <translation>braucht: etwa %1 Plattenplatz in %2, %3 auf diesem Rechner (`dlstack preflight PLAN.json` prüft die Server)</translation>
    </message>
    <message>
        <source>Plans a PyTorch installation for this machine and writes it as a plan, a bash script, a Dockerfile, a Slurm batch job, an Ansible playbook or an Lmod modulefile.</source>
        <translation>Plant eine PyTorch-Installation für diesen Rechner und schreibt sie als Plan, Bash-Skript, Dockerfile, Slurm-Batch-Job, Ansible-Playbook oder Lmod-Modulefile.</translation>
    </message>
    <message>
        <source>Install folder (default: ~/dlstack/&lt;stack&gt;, e.g. ~/dlstack/torch-2.4.1-cu124); a relative path is taken from here.</source>
        <translation>Installationsordner (Standard: ~/dlstack/&lt;stack&gt;, z. B. ~/dlstack/torch-2.4.1-cu124); ein relativer Pfad gilt ab dem aktuellen Ordner.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output (with --format ansible: into this directory).</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben (mit --format ansible: in dieses Verzeichnis).</translation>
    </message>
    <message>
        <source>json (default), bash, dockerfile, sbatch (a Slurm batch job), ansible (a playbook for many hosts, needs -o DIR) or modulefile (Lmod).</source>
        <translation>json (Standard), bash, dockerfile, sbatch (ein Slurm-Batch-Job), ansible (ein Playbook für viele Hosts, benötigt -o DIR) oder modulefile (Lmod).</translation>
    </message>
    <message>
        <source>Unknown --format %1 (json, bash, dockerfile, sbatch, ansible, modulefile).</source>
        <translation>Unbekanntes --format %1 (json, bash, dockerfile, sbatch, ansible, modulefile).</translation>
    </message>
    <message>
        <source>--format ansible writes several files (site.yml, inventory.ini, plan.json, selection.json): name a directory with -o DIR.</source>
        <translation>--format ansible schreibt mehrere Dateien (site.yml, inventory.ini, plan.json, selection.json): Geben Sie mit -o DIR ein Verzeichnis an.</translation>
    </message>
    <message>
        <source>note: no stack named, so the recommended one for this machine: %1 (`dlstack recommend` lists the others; --torch and the other options choose).</source>
        <translation>Hinweis: kein Stack genannt, daher der für diesen Rechner empfohlene: %1 (`dlstack recommend` listet die anderen; --torch und die übrigen Optionen wählen).</translation>
    </message>
    <message>
        <source>No stack was named and none can be recommended for this machine; name one with --torch (see `dlstack matrix`).</source>
        <translation>Es wurde kein Stack genannt, und für diesen Rechner lässt sich keiner empfehlen; nennen Sie einen mit --torch (siehe `dlstack matrix`).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>prefix: %1 (the default; --prefix DIR for another)</source>
        <translation>Präfix: %1 (Standard; --prefix DIR für einen anderen)</translation>
    </message>
    <message>
        <source>wrote %1 into %2; list the hosts in inventory.ini, then: ansible-playbook -i %3 %4</source>
        <translation>%1 nach %2 geschrieben; tragen Sie die Hosts in inventory.ini ein, dann: ansible-playbook -i %3 %4</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>With --format dockerfile: default of the USER_UID build arg (default 1000).</source>
        <translation>Mit --format dockerfile: Vorgabe des Build-Arguments USER_UID (Standard 1000).</translation>
    </message>
    <message>
        <source>With --format dockerfile: default of the USER_GID build arg (default 1000).</source>
        <translation>Mit --format dockerfile: Vorgabe des Build-Arguments USER_GID (Standard 1000).</translation>
    </message>
    <message>
        <source>With --format dockerfile: default of the TZ build arg (default UTC).</source>
        <translation>Mit --format dockerfile: Vorgabe des Build-Arguments TZ (Standard UTC).</translation>
    </message>
    <message>
        <source>--%1 takes the number of a user or group other than root (1 or more), e.g. the output of `id -u`; got &quot;%2&quot;.</source>
        <translation>--%1 erwartet die Nummer eines Benutzers oder einer Gruppe außer root (1 oder mehr), z. B. die Ausgabe von `id -u`; erhalten: „%2“.</translation>
    </message>
    <message>
        <source>--tz takes a time zone name as in /usr/share/zoneinfo, e.g. Europe/Berlin or UTC; got &quot;%1&quot;.</source>
        <translation>--tz erwartet den Namen einer Zeitzone wie in /usr/share/zoneinfo, z. B. Europe/Berlin oder UTC; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--%1 goes with --format dockerfile.</source>
        <translation>--%1 gehört zu --format dockerfile.</translation>
    </message>
    <message>
        <source>Mirror base URL, or the offline folder (a directory `dlstack bundle` filled).</source>
        <translation>Basis-URL eines Spiegels oder der Offline-Ordner (ein Verzeichnis, das `dlstack bundle` gefüllt hat).</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Fix the JSON syntax at that position.</source>
        <translation>Korrigieren Sie die JSON-Syntax an dieser Stelle.</translation>
    </message>
    <message>
        <source>Correct the field &quot;%1&quot; (see docs/plan-format.md).</source>
        <translation>Korrigieren Sie das Feld „%1“ (siehe docs/plan-format.md).</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an object of strings</source>
        <translation>muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>the path contains the control character %1; a path must be printable text</source>
        <translation>der Pfad enthält das Steuerzeichen %1; ein Pfad muss druckbarer Text sein</translation>
    </message>
    <message>
        <source>the path contains the control character %1 (stage &quot;%2&quot;); a path must be printable text</source>
        <translation>der Pfad enthält das Steuerzeichen %1 (Stufe „%2“); ein Pfad muss druckbarer Text sein</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the install prefix and the download cache</source>
        <translation>Pfad „%1“ verlässt das Installationspräfix und den Download-Cache</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is the install prefix or the download cache itself; name a path inside it</source>
        <translation>Pfad „%1“ ist das Installationspräfix oder der Download-Cache selbst; nennen Sie einen Pfad darin</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is inside %2/.dlstack, where dlstack keeps its journal, logs and backups; no step may write there</source>
        <translation>Pfad „%1“ liegt in %2/.dlstack, wo dlstack Journal, Logs und Sicherungen ablegt; kein Schritt darf dort schreiben</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>must be a number of at least 1</source>
        <translation>muss eine Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>a plan must be a JSON object</source>
        <translation>ein Plan muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>this dlstack reads schema %1 only</source>
        <translation>dieses dlstack liest nur Schema %1</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>the root directory cannot be an install prefix</source>
        <translation>das Wurzelverzeichnis kann kein Installationspräfix sein</translation>
    </message>
    <message>
        <source>the root directory cannot be a cache</source>
        <translation>das Wurzelverzeichnis kann kein Cache sein</translation>
    </message>
    <message>
        <source>must not hold %1, where dlstack keeps its journal</source>
        <translation>darf %1 nicht enthalten, wo dlstack sein Journal ablegt</translation>
    </message>
    <message>
        <source>inside %1 only as %1/cache</source>
        <translation>innerhalb von %1 nur als %1/cache</translation>
    </message>
    <message>
        <source>must be an object (a machine profile)</source>
        <translation>muss ein Objekt sein (ein Rechnerprofil)</translation>
    </message>
    <message>
        <source>must be a list of stages</source>
        <translation>muss eine Liste von Stufen sein</translation>
    </message>
    <message>
        <source>a stage must be an object</source>
        <translation>eine Stufe muss ein Objekt sein</translation>
    </message>
    <message>
        <source>stage id &quot;%1&quot; is used twice</source>
        <translation>Stufen-ID „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; verwenden</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>muss eine Liste von Schritten sein</translation>
    </message>
    <message>
        <source>a step must be an object</source>
        <translation>ein Schritt muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>muss aus 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 16</source>
        <translation>muss eine ganze Zahl von 0 bis 16 sein</translation>
    </message>
    <message>
        <source>a ref cannot start with &apos;-&apos;</source>
        <translation>eine Ref darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>a URL cannot start with &apos;-&apos;</source>
        <translation>eine URL darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>must be a list of arguments, not a shell string</source>
        <translation>muss eine Liste von Argumenten sein, keine Shell-Zeichenkette</translation>
    </message>
    <message>
        <source>required list of arguments is missing</source>
        <translation>erforderliche Argumentliste fehlt</translation>
    </message>
    <message>
        <source>must name a program first</source>
        <translation>muss zuerst ein Programm nennen</translation>
    </message>
    <message>
        <source>unknown progress parser &quot;%1&quot;</source>
        <translation>unbekannter Fortschritts-Parser „%1“</translation>
    </message>
    <message>
        <source>must be an octal mode such as &quot;0644&quot;</source>
        <translation>muss ein oktaler Modus wie &quot;0644&quot; sein</translation>
    </message>
    <message>
        <source>unknown step kind &quot;%1&quot; (known: download, extract, git, run, write_file)</source>
        <translation>unbekannte Schrittart „%1“ (bekannt: download, extract, git, run, write_file)</translation>
    </message>
    <message>
        <source>must start with https://, http:// or file://</source>
        <translation>muss mit https://, http:// oder file:// beginnen</translation>
    </message>
    <message>
        <source>must be a list of URLs</source>
        <translation>muss eine Liste von URLs sein</translation>
    </message>
    <message>
        <source>must be a URL or an object with &quot;url&quot; and &quot;credential&quot;</source>
        <translation>muss eine URL oder ein Objekt mit &quot;url&quot; und &quot;credential&quot; sein</translation>
    </message>
    <message>
        <source>a credential is sent to http(s) servers only, not to a file:// URL</source>
        <translation>Zugangsdaten werden nur an http(s)-Server gesendet, nicht an eine file://-URL</translation>
    </message>
    <message>
        <source>a credential would be sent over plain http://; use https://, or set &quot;allow_insecure_auth&quot;: true and run `dlstack install --allow-insecure-auth`</source>
        <translation>Zugangsdaten würden über unverschlüsseltes http:// gesendet; verwenden Sie https://, oder setzen Sie &quot;allow_insecure_auth&quot;: true und starten Sie `dlstack install --allow-insecure-auth`</translation>
    </message>
    <message>
        <source>the credentials &quot;%1&quot; and &quot;%2&quot; are both named for %3; name one</source>
        <translation>die Zugangsdaten „%1“ und „%2“ sind beide für %3 angegeben; nennen Sie eine</translation>
    </message>
    <message>
        <source>Could not read the plan %1.</source>
        <translation>Der Plan %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>names the proxy&apos;s password, but there is no &quot;proxy&quot;</source>
        <translation>nennt das Passwort des Proxys, aber es gibt kein „proxy“</translation>
    </message>
    <message>
        <source>must be a URL such as http://proxy.example.org:3128 (http, https or socks5)</source>
        <translation>muss eine URL wie http://proxy.example.org:3128 sein (http, https oder socks5)</translation>
    </message>
    <message>
        <source>holds a password; a plan never does (it is shared and kept in the prefix): store the password in the keyring and name it in &quot;proxy_credential&quot;, or set DLSTACK_PROXY_PASSWORD when installing</source>
        <translation>enthält ein Passwort; ein Plan tut das nie (er wird weitergegeben und im Präfix aufbewahrt): Speichern Sie das Passwort im Schlüsselbund und nennen Sie es in „proxy_credential“, oder setzen Sie DLSTACK_PROXY_PASSWORD bei der Installation</translation>
    </message>
    <message>
        <source>must be a whole number of MiB, 0 or more</source>
        <translation>muss eine ganze Zahl von MiB sein, 0 oder mehr</translation>
    </message>
</context>
<context>
    <name>PlanProxy</name>
    <message>
        <source>The proxy %1 needs the password &quot;%2&quot;, but no keyring is available.</source>
        <translation>Der Proxy %1 braucht das Passwort „%2“, aber kein Schlüsselbund ist verfügbar.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Set DLSTACK_PROXY_PASSWORD for the install, or start a Secret Service (gnome-keyring or KWallet) and store the password there as &quot;%1&quot;.</source>
        <translation>Setzen Sie DLSTACK_PROXY_PASSWORD für die Installation, oder starten Sie einen Secret Service (gnome-keyring oder KWallet) und speichern Sie das Passwort dort als „%1“.</translation>
    </message>
    <message>
        <source>The keyring has no password &quot;%1&quot; for the proxy %2.</source>
        <translation>Der Schlüsselbund hat kein Passwort „%1“ für den Proxy %2.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>Set DLSTACK_PROXY_PASSWORD for the install, or store the proxy&apos;s password in the keyring as &quot;%1&quot;.</source>
        <translation>Setzen Sie DLSTACK_PROXY_PASSWORD für die Installation, oder speichern Sie das Passwort des Proxys im Schlüsselbund als „%1“.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The mirror directory %1 does not exist.</source>
        <translation>Das Mirror-Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path given to --mirror, or run `dlstack bundle` to fill it.</source>
        <translation>Prüfen Sie den für --mirror angegebenen Pfad oder führen Sie `dlstack bundle` aus, um es zu füllen.</translation>
    </message>
    <message>
        <source>The prefix %1 is not writable (checked %2).</source>
        <translation>Das Präfix %1 ist nicht beschreibbar (geprüft: %2).</translation>
    </message>
    <message>
        <source>Choose a prefix in your home directory, or make it writable for your user.</source>
        <translation>Wählen Sie ein Präfix in Ihrem Home-Verzeichnis oder machen Sie es für Ihren Benutzer beschreibbar.</translation>
    </message>
    <message>
        <source>Not enough free space for %1: %2 MiB free, about %3 MiB needed.</source>
        <translation>Nicht genug freier Speicherplatz für %1: %2 MiB frei, etwa %3 MiB benötigt.</translation>
    </message>
    <message>
        <source>Free some space or choose a prefix on a larger disk.</source>
        <translation>Schaffen Sie Platz oder wählen Sie ein Präfix auf einem größeren Datenträger.</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>das Image</translation>
    </message>
    <message>
        <source>the profile&apos;s machine</source>
        <translation>der Rechner des Profils</translation>
    </message>
    <message>
        <source>A CUDA source build for %1 needs the GPUs it is for, and the profile names no NVIDIA GPU with its compute capability.</source>
        <translation>Ein CUDA-Build aus dem Quellcode für %1 braucht die GPUs, für die er bestimmt ist, und das Profil nennt keine NVIDIA-GPU mit ihrer Compute Capability.</translation>
    </message>
    <message>
        <source>Name the architectures with --arch-list, e.g. --arch-list &quot;8.0;8.6;9.0+PTX&quot;.</source>
        <translation>Geben Sie die Architekturen mit --arch-list an, z. B. --arch-list &quot;8.0;8.6;9.0+PTX&quot;.</translation>
    </message>
    <message>
        <source>The install folder %1 cannot be made: %2 is a file, not a folder.</source>
        <translation>Der Installationsordner %1 kann nicht angelegt werden: %2 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Choose another install folder (--prefix), or move the file away.</source>
        <translation>Wählen Sie einen anderen Installationsordner (--prefix) oder verschieben Sie die Datei.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>No plan could be made.</source>
        <translation>Es konnte kein Plan erstellt werden.</translation>
    </message>
    <message>
        <source>This plan is made for another machine (%1), not for this one.</source>
        <translation>Dieser Plan ist für einen anderen Rechner (%1) gemacht, nicht für diesen.</translation>
    </message>
    <message>
        <source>Export it and run it there, or detect this machine again to plan for it.</source>
        <translation>Exportieren Sie ihn und führen Sie ihn dort aus, oder erkennen Sie diesen Rechner neu, um für ihn zu planen.</translation>
    </message>
    <message>
        <source>PYTHONPATH is set (%1): every Python the install starts, and the new environment afterwards, also imports the packages found there, so pip may skip packages it sees there and torch may be imported from another installation.</source>
        <translation>PYTHONPATH ist gesetzt (%1): Jedes Python, das die Installation startet, und danach die neue Umgebung importieren auch die dort gefundenen Pakete, sodass pip dort gesehene Pakete überspringen und torch aus einer anderen Installation importiert werden kann.</translation>
    </message>
    <message>
        <source>Run `unset PYTHONPATH` before the install, and remove it from ~/.bashrc (or the module that sets it) for this environment.</source>
        <translation>Führen Sie vor der Installation `unset PYTHONPATH` aus und entfernen Sie es für diese Umgebung aus ~/.bashrc (oder dem Modul, das es setzt).</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message>
        <source>Says what the install of a plan downloads, per stage and in all, and whether the servers it downloads from answer from this machine (through the proxy of https_proxy, http_proxy and no_proxy, or the plan&apos;s).</source>
        <translation>Sagt, was die Installation eines Plans herunterlädt, je Stufe und insgesamt, und ob die Server, von denen sie lädt, von diesem Rechner aus antworten (über den Proxy aus https_proxy, http_proxy und no_proxy oder den des Plans).</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Die Plandatei (JSON).</translation>
    </message>
    <message>
        <source>Only list what is downloaded; do not contact any server.</source>
        <translation>Nur auflisten, was heruntergeladen wird; keinen Server kontaktieren.</translation>
    </message>
    <message>
        <source>Seconds to wait for each server (default 8).</source>
        <translation>Sekunden Wartezeit je Server (Standard 8).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]</source>
        <translation>Aufruf: dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>What the install of %1 downloads:</source>
        <translation>Was die Installation von %1 herunterlädt:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>about %1 from %2</source>
        <translation>etwa %1 von %2</translation>
    </message>
    <message>
        <source>Nothing is downloaded from the internet; the install can run offline.</source>
        <translation>Nichts wird aus dem Internet geladen; die Installation kann offline laufen.</translation>
    </message>
    <message>
        <source>In all: about %1 from %2.</source>
        <translation>Insgesamt: etwa %1 von %2.</translation>
    </message>
    <message>
        <source>blocker: %1 (%2)</source>
        <translation>Hindernis: %1 (%2)</translation>
    </message>
    <message>
        <source>warning: %1 (%2)</source>
        <translation>Warnung: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProcessExplainer</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Install %1 or add its directory to PATH.</source>
        <translation>Installieren Sie %1 oder fügen Sie sein Verzeichnis zu PATH hinzu.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Check that %1 is executable and not damaged.</source>
        <translation>Prüfen Sie, ob %1 ausführbar und nicht beschädigt ist.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s and was stopped.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet und wurde beendet.</translation>
    </message>
    <message>
        <source>The program hangs; for nvidia-smi this usually means the driver is stuck. Reboot, or reload the driver, and try again.</source>
        <translation>Das Programm hängt; bei nvidia-smi bedeutet das meist, dass der Treiber blockiert ist. Starten Sie neu oder laden Sie den Treiber neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ProcessInstallDriver</name>
    <message>
        <source>No plan could be made for these choices.</source>
        <translation>Für diese Auswahl ließ sich kein Plan erstellen.</translation>
    </message>
    <message>
        <source>A dlstack job is already running in %1; following it.</source>
        <translation>In %1 läuft bereits ein dlstack-Auftrag; er wird verfolgt.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>restore %1 as it was before</source>
        <translation>%1 im vorherigen Zustand wiederherstellen</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The dlstack process ended without finishing (was it killed?). Start again to resume.</source>
        <translation>Der dlstack-Prozess endete, ohne fertig zu werden (wurde er beendet?). Starten Sie erneut, um fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>The probe failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>PythonEnvInspector</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Choose the folder of a venv or a conda environment.</source>
        <translation>Wählen Sie den Ordner eines venv oder einer conda-Umgebung.</translation>
    </message>
    <message>
        <source>%1 is empty or cannot be read.</source>
        <translation>%1 ist leer oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that you may read the folder (ls -ld %1), or choose another one.</source>
        <translation>Prüfen Sie, ob Sie den Ordner lesen dürfen (ls -ld %1), oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>%1 is not a Python environment: it has neither pyvenv.cfg (venv) nor conda-meta (conda).</source>
        <translation>%1 ist keine Python-Umgebung: Es gibt dort weder pyvenv.cfg (venv) noch conda-meta (conda).</translation>
    </message>
    <message>
        <source>Choose the folder that holds bin/python and pyvenv.cfg or conda-meta.</source>
        <translation>Wählen Sie den Ordner, der bin/python und pyvenv.cfg oder conda-meta enthält.</translation>
    </message>
</context>
<context>
    <name>PythonProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 hat keine Version gemeldet.</translation>
    </message>
</context>
<context>
    <name>PythonRule</name>
    <message>
        <source>No Python interpreter was found for a new venv.</source>
        <translation>Für ein neues venv wurde kein Python-Interpreter gefunden.</translation>
    </message>
    <message>
        <source>Install python3 and python3-venv, or use a new conda environment.</source>
        <translation>Installieren Sie python3 und python3-venv oder verwenden Sie eine neue conda-Umgebung.</translation>
    </message>
    <message>
        <source>Create a new environment with Python %1 to %2</source>
        <translation>Eine neue Umgebung mit Python %1 bis %2 erstellen</translation>
    </message>
    <message>
        <source>Use Python %1 to %2 (a new conda environment can install it)</source>
        <translation>Python %1 bis %2 verwenden (eine neue conda-Umgebung kann es installieren)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>, or pick torch %1, which supports Python %2.</source>
        <translation>, oder wählen Sie torch %1, das Python %2 unterstützt.</translation>
    </message>
    <message>
        <source>PyTorch %1 has Linux wheels for Python %2 to %3, not for %4.</source>
        <translation>PyTorch %1 hat Linux-Wheels für Python %2 bis %3, nicht für %4.</translation>
    </message>
    <message>
        <source>Python %1 support in PyTorch %2 is experimental.</source>
        <translation>Die Unterstützung für Python %1 in PyTorch %2 ist experimentell.</translation>
    </message>
    <message>
        <source>Use Python %1 for a supported setup.</source>
        <translation>Verwenden Sie Python %1 für eine unterstützte Einrichtung.</translation>
    </message>
    <message>
        <source>Building PyTorch %1 from source needs Python %2 or newer; the environment has %3.</source>
        <translation>Der Build von PyTorch %1 aus dem Quellcode braucht Python %2 oder neuer; die Umgebung hat %3.</translation>
    </message>
    <message>
        <source>Use Python %1 or newer.</source>
        <translation>Verwenden Sie Python %1 oder neuer.</translation>
    </message>
    <message>
        <source>Python %1 is not installed on this machine, and a venv needs it.</source>
        <translation>Python %1 ist auf diesem Rechner nicht installiert, und ein venv braucht es.</translation>
    </message>
    <message>
        <source>Use a new conda environment (it installs Python %1), or install python%1 and python%1-venv.</source>
        <translation>Verwenden Sie eine neue conda-Umgebung (sie installiert Python %1) oder installieren Sie python%1 und python%1-venv.</translation>
    </message>
</context>
<context>
    <name>RawRecorder</name>
    <message>
        <source>Could not save the raw outputs to %1.</source>
        <translation>Die Rohausgaben konnten nicht nach %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose a writable directory.</source>
        <translation>Wählen Sie ein beschreibbares Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <source>Proposes PyTorch selections that work on this machine (or a saved or imported profile), best first, each with its reason.</source>
        <translation>Schlägt PyTorch-Auswahlen vor, die auf diesem Rechner (oder einem gespeicherten oder importierten Profil) funktionieren, die beste zuerst, jeweils mit Begründung.</translation>
    </message>
    <message>
        <source>At most N proposals (default 5).</source>
        <translation>Höchstens N Vorschläge (Standard 5).</translation>
    </message>
    <message>
        <source>Print the proposals as JSON.</source>
        <translation>Die Vorschläge als JSON ausgeben.</translation>
    </message>
    <message>
        <source>recommend takes --limit N (a positive number) and no positional arguments.</source>
        <translation>recommend nimmt --limit N (eine positive Zahl) und keine Positionsargumente an.</translation>
    </message>
    <message>
        <source>`dlstack plan` without options plans the first one into %1.</source>
        <translation>`dlstack plan` ohne Optionen plant den ersten nach %1.</translation>
    </message>
    <message>
        <source>Only this PyTorch release (&quot;2.14&quot; means the newest 2.14.x); when none of its wheels has kernels for the GPU, its source build.</source>
        <translation>Nur diese PyTorch-Version („2.14“ heißt die neueste 2.14.x); wenn keines ihrer Wheels Kernel für die GPU hat, ihr Bau aus dem Quellcode.</translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix.</source>
        <translation>PyTorch %1 ist nicht in der getesteten Matrix.</translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation>Wählen Sie eine Version, die `dlstack matrix` auflistet.</translation>
    </message>
</context>
<context>
    <name>ReplayRunner</name>
    <message>
        <source>%1 is not a saved detection.</source>
        <translation>%1 ist keine gespeicherte Erkennung.</translation>
    </message>
    <message>
        <source>Pass the directory written by `dlstack detect --save-raw DIR`.</source>
        <translation>Geben Sie das von `dlstack detect --save-raw DIR` geschriebene Verzeichnis an.</translation>
    </message>
</context>
<context>
    <name>ResourcesRule</name>
    <message>
        <source>This machine has %1 GiB of memory; building PyTorch needs about 3 GB per compile job and more to link, so the build will be slow or run out of memory.</source>
        <translation>Dieser Rechner hat %1 GiB Arbeitsspeicher; der Build von PyTorch braucht etwa 3 GB pro Compile-Job und mehr zum Linken, daher wird der Build langsam sein oder der Speicher ausgehen.</translation>
    </message>
    <message>
        <source>Add swap, use MAX_JOBS=1, or use prebuilt wheels.</source>
        <translation>Fügen Sie Swap hinzu, verwenden Sie MAX_JOBS=1 oder vorgefertigte Wheels.</translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 needs about %2 GB of memory; this machine has %3 GiB, so compiler jobs would be killed (&quot;Killed signal terminated program cc1plus&quot;).</source>
        <translation>MAX_JOBS=%1 braucht etwa %2 GB Arbeitsspeicher; dieser Rechner hat %3 GiB, daher würden Compiler-Jobs beendet („Killed signal terminated program cc1plus“).</translation>
    </message>
    <message>
        <source>Use MAX_JOBS=%1.</source>
        <translation>Verwenden Sie MAX_JOBS=%1.</translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 fits %2 cores and %3 GiB of memory (about 3 GB per job).</source>
        <translation>MAX_JOBS=%1 passt zu %2 Kernen und %3 GiB Arbeitsspeicher (etwa 3 GB pro Job).</translation>
    </message>
    <message>
        <source>the install location</source>
        <translation>der Installationsort</translation>
    </message>
    <message>
        <source>This install needs about %1 GB of free disk at %2; there are %3 GB.</source>
        <translation>Diese Installation braucht etwa %1 GB freien Speicherplatz unter %2; vorhanden sind %3 GB.</translation>
    </message>
    <message>
        <source>Free some space, or install to a larger disk (--prefix).</source>
        <translation>Schaffen Sie Platz oder installieren Sie auf einen größeren Datenträger (--prefix).</translation>
    </message>
    <message>
        <source>This install needs about %1 GB of free disk at %2; only %3 GB are free.</source>
        <translation>Diese Installation braucht etwa %1 GB freien Speicherplatz unter %2; nur %3 GB sind frei.</translation>
    </message>
    <message>
        <source>Free some space first; pip and build caches grow during the install.</source>
        <translation>Schaffen Sie zuerst Platz; pip- und Build-Caches wachsen während der Installation.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export &amp;plan…</source>
        <translation>&amp;Plan exportieren…</translation>
    </message>
    <message>
        <source>Export ba&amp;sh script…</source>
        <translation>&amp;Bash-Skript exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Dockerfile…</source>
        <translation>&amp;Dockerfile exportieren…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check the summary. Nothing has been changed on this machine yet.</source>
        <translation>Prüfen Sie die Zusammenfassung. Auf diesem Rechner wurde noch nichts geändert.</translation>
    </message>
    <message>
        <source>Summary of the install</source>
        <translation>Zusammenfassung der Installation</translation>
    </message>
    <message>
        <source>Export the plan as JSON</source>
        <translation>Den Plan als JSON exportieren</translation>
    </message>
    <message>
        <source>Export the plan as a bash script</source>
        <translation>Den Plan als Bash-Skript exportieren</translation>
    </message>
    <message>
        <source>Export the plan as a Dockerfile</source>
        <translation>Den Plan als Dockerfile exportieren</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Apex is compiled from source even with prebuilt PyTorch wheels; it needs a CUDA toolkit matching CUDA %1.</source>
        <translation>Apex wird auch bei vorgefertigten PyTorch-Wheels aus dem Quellcode kompiliert; es braucht ein zu CUDA %1 passendes CUDA-Toolkit.</translation>
    </message>
    <message>
        <source>Installing into an existing environment replaces its torch packages; a rollback restores them.</source>
        <translation>Eine Installation in eine bestehende Umgebung ersetzt deren torch-Pakete; ein Rollback stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Both an offline folder and a mirror are set; the offline folder is tried first.</source>
        <translation>Sowohl ein Offline-Ordner als auch ein Mirror sind gesetzt; der Offline-Ordner wird zuerst versucht.</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>build from source</source>
        <translation>Build aus dem Quellcode</translation>
    </message>
    <message>
        <source>prebuilt wheels</source>
        <translation>vorgefertigte Wheels</translation>
    </message>
    <message>
        <source>Package index</source>
        <translation>Paketindex</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Installationsordner</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>existing: %1</source>
        <translation>bestehend: %1</translation>
    </message>
    <message>
        <source>new conda environment %1</source>
        <translation>neue conda-Umgebung %1</translation>
    </message>
    <message>
        <source>new venv %1</source>
        <translation>neues venv %1</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Arch list</source>
        <translation>Arch-Liste</translation>
    </message>
    <message>
        <source>MAX_JOBS</source>
        <translation>MAX_JOBS</translation>
    </message>
    <message>
        <source>Compiler cache</source>
        <translation>Compiler-Cache</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Offline folder</source>
        <translation>Offline-Ordner</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>There is no plan to export for these choices.</source>
        <translation>Für diese Auswahl gibt es keinen Plan zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Run these as root first (dlstack never does):</source>
        <translation>Führen Sie diese Befehle zuerst als root aus (dlstack tut das nie):</translation>
    </message>
    <message>
        <source>No plan could be made.</source>
        <translation>Es ließ sich kein Plan erstellen.</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Time: %1 in all on this machine. A rough estimate from typical build work and MAX_JOBS; the Install page measures the real pace.</source>
        <translation>Zeit: insgesamt %1 auf diesem Rechner. Eine grobe Schätzung aus typischem Bauaufwand und MAX_JOBS; die Installationsseite misst das tatsächliche Tempo.</translation>
    </message>
    <message>
        <source>The offline folder has no %1; the install will try to download it.</source>
        <translation>Im Offline-Ordner fehlt %1; die Installation versucht, es herunterzuladen.</translation>
    </message>
    <message>
        <source>The version matrix is not loaded.</source>
        <translation>Die Versionsmatrix ist nicht geladen.</translation>
    </message>
    <message>
        <source>Blocker: %1</source>
        <translation>Blocker: %1</translation>
    </message>
    <message>
        <source>Blocker: %1 — %2</source>
        <translation>Blocker: %1 — %2</translation>
    </message>
    <message>
        <source>No Dockerfile could be made.</source>
        <translation>Es konnte kein Dockerfile erstellt werden.</translation>
    </message>
    <message>
        <source>Planning for %1. Nothing is installed here: export the plan, the script or the Dockerfile and run it on that machine.</source>
        <translation>Planung für %1. Hier wird nichts installiert: Exportieren Sie den Plan, das Skript oder das Dockerfile und führen Sie es auf jenem Rechner aus.</translation>
    </message>
    <message>
        <source>An install of this plan has already started in %1; the Install page shows where it stands.</source>
        <translation>Eine Installation dieses Plans hat in %1 bereits begonnen; die Installationsseite zeigt, wie weit sie ist.</translation>
    </message>
    <message>
        <source>Planning for %1 — not this machine.</source>
        <translation>Planung für %1 — nicht dieser Rechner.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>about %1 to download</source>
        <translation>etwa %1 herunterzuladen</translation>
    </message>
    <message>
        <source>Downloads: about %1 in all, from %2; an internet connection is needed. Without one, fill an offline folder elsewhere with `dlstack bundle` and choose it on the Options page.</source>
        <translation>Downloads: insgesamt etwa %1, von %2; eine Internetverbindung ist nötig. Ohne sie füllen Sie anderswo mit `dlstack bundle` einen Offline-Ordner und wählen ihn auf der Seite Optionen.</translation>
    </message>
    <message>
        <source>Downloads: nothing from the internet; the offline folder holds everything.</source>
        <translation>Downloads: nichts aus dem Internet; der Offline-Ordner enthält alles.</translation>
    </message>
    <message>
        <source>Disk space needed in %1: about %2.</source>
        <translation>Benötigter Speicherplatz in %1: etwa %2.</translation>
    </message>
    <message>
        <source>Export S&amp;lurm job…</source>
        <translation>S&amp;lurm-Job exportieren…</translation>
    </message>
    <message>
        <source>Export for &amp;Ansible…</source>
        <translation>Für &amp;Ansible exportieren…</translation>
    </message>
    <message>
        <source>Use an &amp;offline folder…</source>
        <translation>&amp;Offline-Ordner verwenden…</translation>
    </message>
    <message>
        <source>Export the plan as a Slurm batch job</source>
        <translation>Den Plan als Slurm-Batch-Job exportieren</translation>
    </message>
    <message>
        <source>Export the plan as an Ansible playbook for many hosts</source>
        <translation>Den Plan als Ansible-Playbook für viele Rechner exportieren</translation>
    </message>
    <message>
        <source>Network check</source>
        <translation>Netzwerkprüfung</translation>
    </message>
    <message>
        <source>Choose an offline folder filled by dlstack bundle</source>
        <translation>Einen von dlstack bundle gefüllten Offline-Ordner wählen</translation>
    </message>
    <message>
        <source>A folder that `dlstack bundle` filled on a machine with internet; the install takes its files from there instead of downloading them.</source>
        <translation>Ein Ordner, den `dlstack bundle` auf einem Rechner mit Internet gefüllt hat; die Installation nimmt ihre Dateien von dort, statt sie herunterzuladen.</translation>
    </message>
    <message>
        <source>Checking whether this machine reaches %1…</source>
        <translation>Prüfe, ob dieser Rechner %1 erreicht…</translation>
    </message>
    <message>
        <source>Offline folder (filled by dlstack bundle)</source>
        <translation>Offline-Ordner (von dlstack bundle gefüllt)</translation>
    </message>
    <message>
        <source>Export Slurm job</source>
        <translation>Slurm-Job exportieren</translation>
    </message>
    <message>
        <source>Slurm partition (sinfo lists them; empty: the cluster&apos;s default):</source>
        <translation>Slurm-Partition (sinfo listet sie auf; leer: die Standardpartition des Clusters):</translation>
    </message>
    <message>
        <source>Export for Ansible: the directory for %1</source>
        <translation>Für Ansible exportieren: der Ordner für %1</translation>
    </message>
    <message>
        <source>Wrote %1 into %2. List the hosts in inventory.ini, then run:
ansible-playbook -i %3 %4</source>
        <translation>%1 wurde in %2 geschrieben. Tragen Sie die Rechner in inventory.ini ein und führen Sie dann aus:
ansible-playbook -i %3 %4</translation>
    </message>
    <message>
        <source>Made from a chosen stack, not from a plan file.</source>
        <translation>Aus einem gewählten Stack erstellt, nicht aus einer Plandatei.</translation>
    </message>
    <message>
        <source>The stack, the options, the stages with their time and downloads, and the findings.</source>
        <translation>Der Stack, die Optionen, die Stufen mit ihrer Zeit und ihren Downloads, und die Befunde.</translation>
    </message>
    <message>
        <source>Development install</source>
        <translation>Entwicklungsinstallation</translation>
    </message>
    <message>
        <source>editable; after an edit, dlstack rebuild %1</source>
        <translation>editierbar; nach einer Änderung dlstack rebuild %1</translation>
    </message>
</context>
<context>
    <name>RocmProbe</name>
    <message>
        <source>rocminfo did not answer within %1 seconds; the amdgpu driver may be hung.</source>
        <translation>rocminfo hat nicht innerhalb von %1 Sekunden geantwortet; der amdgpu-Treiber hängt möglicherweise.</translation>
    </message>
</context>
<context>
    <name>RocmRule</name>
    <message>
        <source>The gfx target of %1 is not known.</source>
        <translation>Das gfx-Ziel von %1 ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Run rocminfo on that machine and import its output.</source>
        <translation>Führen Sie rocminfo auf diesem Rechner aus und importieren Sie seine Ausgabe.</translation>
    </message>
    <message>
        <source>The gfx targets of the torch %1 %2 wheels are not recorded; dlstack cannot confirm they include %3.</source>
        <translation>Die gfx-Ziele der Wheels torch %1 %2 sind nicht erfasst; dlstack kann nicht bestätigen, dass sie %3 enthalten.</translation>
    </message>
    <message>
        <source>Prefer a release whose targets are known (`dlstack recommend`).</source>
        <translation>Bevorzugen Sie ein Release mit bekannten Zielen (`dlstack recommend`).</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have no kernels for %3 (%4).</source>
        <translation>Die Wheels torch %1 %2 haben keine Kernel für %3 (%4).</translation>
    </message>
    <message>
        <source>Build from source with PYTORCH_ROCM_ARCH=%1.</source>
        <translation>Bauen Sie aus dem Quellcode mit PYTORCH_ROCM_ARCH=%1.</translation>
    </message>
    <message>
        <source>Pick %1, or build from source with PYTORCH_ROCM_ARCH=%2.</source>
        <translation>Wählen Sie %1 oder bauen Sie aus dem Quellcode mit PYTORCH_ROCM_ARCH=%2.</translation>
    </message>
    <message>
        <source>ROCm %1 does not officially support %2 (%3); it may work, but AMD does not test it.</source>
        <translation>ROCm %1 unterstützt %2 (%3) nicht offiziell; es kann funktionieren, wird aber von AMD nicht getestet.</translation>
    </message>
    <message>
        <source>Expect problems; some consumer cards need HSA_OVERRIDE_GFX_VERSION set to a supported target of the same family.</source>
        <translation>Rechnen Sie mit Problemen; manche Consumer-Karten brauchen HSA_OVERRIDE_GFX_VERSION, gesetzt auf ein unterstütztes Ziel derselben Familie.</translation>
    </message>
    <message>
        <source>ROCm %1 is installed; the build asks for ROCm %2.</source>
        <translation>ROCm %1 ist installiert; der Build verlangt ROCm %2.</translation>
    </message>
    <message>
        <source>Build against the installed ROCm, or install ROCm %1 beside it.</source>
        <translation>Bauen Sie gegen das installierte ROCm oder installieren Sie ROCm %1 daneben.</translation>
    </message>
</context>
<context>
    <name>RocmSourceRecipe</name>
    <message>
        <source>ROCm&apos;s clang puts ROCm&apos;s include directory after the system&apos;s (-idirafter); the build searches ROCm, then the environment, then the system (%1).</source>
        <translation>ROCms clang setzt ROCms Include-Verzeichnis hinter das des Systems (-idirafter); der Build sucht zuerst in ROCm, dann in der Umgebung, dann im System (%1).</translation>
    </message>
    <message>
        <source>A ROCm source build in a venv uses the system gcc and libstdc++; a conda environment (--env new-conda) keeps the compiler with the environment.</source>
        <translation>Ein ROCm-Build aus dem Quellcode in einem venv verwendet gcc und libstdc++ des Systems; eine conda-Umgebung (--env new-conda) hält den Compiler bei der Umgebung.</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, Regel %2</translation>
    </message>
    <message>
        <source>it ends with a backslash</source>
        <translation>er endet mit einem Backslash</translation>
    </message>
    <message>
        <source>\x{ is not closed</source>
        <translation>\x{ ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a character class is not closed</source>
        <translation>eine Zeichenklasse ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the option (?x) is not supported in diagnosis patterns</source>
        <translation>die Option (?x) wird in Diagnosemustern nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>SafeExtractor</name>
    <message>
        <source>The archive %1 contains an unsafe member and was not extracted.</source>
        <translation>Das Archiv %1 enthält ein unsicheres Element und wurde nicht entpackt.</translation>
    </message>
    <message>
        <source>Get the archive from a trusted source; dlstack never writes outside the target directory.</source>
        <translation>Beziehen Sie das Archiv aus einer vertrauenswürdigen Quelle; dlstack schreibt nie außerhalb des Zielverzeichnisses.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged.</source>
        <translation>Das Archiv %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Download it again; the file may be truncated.</source>
        <translation>Laden Sie es erneut herunter; die Datei ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>The disk is full: free space there and run the install again.</source>
        <translation>Der Datenträger ist voll: schaffen Sie dort Platz und starten Sie die Installation erneut.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable by this user.</source>
        <translation>Prüfen Sie, ob dieser Benutzer in das Präfix schreiben darf.</translation>
    </message>
    <message>
        <source>The details say what the file system answered.</source>
        <translation>Die Details nennen die Antwort des Dateisystems.</translation>
    </message>
    <message>
        <source>Could not write %1 from the archive %2.</source>
        <translation>%1 aus dem Archiv %2 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The archive %1 was not extracted: it unpacks to more than %2.</source>
        <translation>Das Archiv %1 wurde nicht entpackt: entpackt ergäbe es mehr als %2.</translation>
    </message>
    <message>
        <source>Stopped at %1. An archive this large is most likely a decompression bomb.</source>
        <translation>Angehalten bei %1. Ein so großes Archiv ist höchstwahrscheinlich eine Dekompressionsbombe.</translation>
    </message>
    <message>
        <source>If you trust the archive, raise &quot;%1&quot; on this extract step in the plan (now %2; see docs/plan-format.md).</source>
        <translation>Wenn Sie dem Archiv vertrauen, erhöhen Sie „%1“ in diesem Entpack-Schritt des Plans (jetzt %2; siehe docs/plan-format.md).</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 times its own size (%2)</source>
        <translation>das %1-Fache seiner eigenen Größe (%2)</translation>
    </message>
    <message>
        <source>Could not open the archive %1.</source>
        <translation>Das Archiv %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that the file is complete and is a tar or zip archive.</source>
        <translation>Prüfen Sie, ob die Datei vollständig und ein tar- oder zip-Archiv ist.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable.</source>
        <translation>Prüfen Sie, ob das Präfix beschreibbar ist.</translation>
    </message>
    <message>
        <source>Extraction was cancelled.</source>
        <translation>Das Entpacken wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not finish extracting into %1.</source>
        <translation>Das Entpacken nach %1 konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Check free disk space and permissions.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen.</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absoluter Pfad</translation>
    </message>
    <message>
        <source>path with &quot;..&quot;</source>
        <translation>Pfad mit &quot;..&quot;</translation>
    </message>
    <message>
        <source>control character in the name</source>
        <translation>Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>device node or FIFO</source>
        <translation>Geräteknoten oder FIFO</translation>
    </message>
    <message>
        <source>written through a symbolic link</source>
        <translation>über einen symbolischen Link geschrieben</translation>
    </message>
    <message>
        <source>symbolic link pointing outside: %1</source>
        <translation>symbolischer Link, der nach außen zeigt: %1</translation>
    </message>
    <message>
        <source>hard link pointing outside: %1</source>
        <translation>harter Link, der nach außen zeigt: %1</translation>
    </message>
    <message>
        <source>hard link to a stripped member</source>
        <translation>harter Link auf ein entferntes Element</translation>
    </message>
    <message>
        <source>symbolic link pointing outside once all is unpacked: %1</source>
        <translation>symbolischer Link, der nach dem vollständigen Entpacken nach außen zeigt: %1</translation>
    </message>
</context>
<context>
    <name>SbatchExporter</name>
    <message>
        <source>The plan holds a URL with a user name, password or query; a batch script would carry it into Slurm&apos;s spool directory and the job&apos;s log.</source>
        <translation>Der Plan enthält eine URL mit Benutzername, Passwort oder Query-String; ein Batch-Skript würde sie in das Spool-Verzeichnis von Slurm und in das Log des Jobs tragen.</translation>
    </message>
    <message>
        <source>Keep the credential in the secret store (a download step&apos;s &quot;credential&quot;) or use the bash export, which reads such URLs from the environment.</source>
        <translation>Legen Sie die Zugangsdaten im Schlüsselbund ab (das „credential“ eines Download-Schritts) oder verwenden Sie den Bash-Export, der solche URLs aus der Umgebung liest.</translation>
    </message>
    <message>
        <source>%1 is not a Slurm partition name.</source>
        <translation>%1 ist kein Name einer Slurm-Partition.</translation>
    </message>
    <message>
        <source>Partition names hold only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (sinfo lists them).</source>
        <translation>Partitionsnamen enthalten nur Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos; (sinfo listet sie auf).</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>&quot;%1&quot; is not a distcc host list.</source>
        <translation>&quot;%1&quot; ist keine distcc-Rechnerliste.</translation>
    </message>
    <message>
        <source>Write it like DISTCC_HOSTS: &quot;10.0.0.5/16 10.0.0.6:3632/8&quot;.</source>
        <translation>Schreiben Sie sie wie DISTCC_HOSTS: &quot;10.0.0.5/16 10.0.0.6:3632/8&quot;.</translation>
    </message>
</context>
<context>
    <name>SelectionOptions</name>
    <message>
        <source>Use the machine of this profile (written by `dlstack detect --json`).</source>
        <translation>Den Rechner dieses Profils verwenden (geschrieben von `dlstack detect --json`).</translation>
    </message>
    <message>
        <source>Build the profile from pasted tool output (repeatable).</source>
        <translation>Das Profil aus eingefügter Werkzeugausgabe erstellen (wiederholbar).</translation>
    </message>
    <message>
        <source>Use either --profile or --import, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --import, nicht beides.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a format dlstack knows (see `dlstack import --help`).</source>
        <translation>%1: kein Format, das dlstack kennt (siehe `dlstack import --help`).</translation>
    </message>
    <message>
        <source>PyTorch version (required; see `dlstack matrix`).</source>
        <translation>PyTorch-Version (erforderlich; siehe `dlstack matrix`).</translation>
    </message>
    <message>
        <source>CUDA version of the build, e.g. 12.4.</source>
        <translation>CUDA-Version des Builds, z. B. 12.4.</translation>
    </message>
    <message>
        <source>ROCm version of the build, e.g. 6.1.</source>
        <translation>ROCm-Version des Builds, z. B. 6.1.</translation>
    </message>
    <message>
        <source>A CPU-only build.</source>
        <translation>Ein reiner CPU-Build.</translation>
    </message>
    <message>
        <source>Python version of the environment, e.g. 3.11.</source>
        <translation>Python-Version der Umgebung, z. B. 3.11.</translation>
    </message>
    <message>
        <source>prebuilt (wheels, the default) or source.</source>
        <translation>prebuilt (Wheels, Standard) oder source.</translation>
    </message>
    <message>
        <source>new-venv (default), new-conda or the path of an existing environment.</source>
        <translation>new-venv (Standard), new-conda oder der Pfad einer bestehenden Umgebung.</translation>
    </message>
    <message>
        <source>TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH instead of the detected GPUs.</source>
        <translation>TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH statt der erkannten GPUs.</translation>
    </message>
    <message>
        <source>Parallel compile jobs.</source>
        <translation>Parallele Compile-Jobs.</translation>
    </message>
    <message>
        <source>Where a missing CUDA toolkit comes from: runfile or conda (default: conda in a conda environment on CUDA 12 and newer).</source>
        <translation>Woher ein fehlendes CUDA-Toolkit kommt: runfile oder conda (Vorgabe: conda in einer conda-Umgebung ab CUDA 12).</translation>
    </message>
    <message>
        <source>DISTCC_HOSTS for --launcher distcc (&quot;10.0.0.5/16 10.0.0.6/16&quot;).</source>
        <translation>DISTCC_HOSTS für --launcher distcc (&quot;10.0.0.5/16 10.0.0.6/16&quot;).</translation>
    </message>
    <message>
        <source>Give exactly one of them.</source>
        <translation>Geben Sie genau eines davon an.</translation>
    </message>
    <message>
        <source>No PyTorch version was named.</source>
        <translation>Es wurde keine PyTorch-Version genannt.</translation>
    </message>
    <message>
        <source>Name one with --torch (see `dlstack matrix`).</source>
        <translation>Nennen Sie eine mit --torch (siehe `dlstack matrix`).</translation>
    </message>
    <message>
        <source>No backend given: the default %1 wheels of torch %2.</source>
        <translation>Kein Backend angegeben: die Standard-Wheels %1 von torch %2.</translation>
    </message>
    <message>
        <source>Unknown --route %1.</source>
        <translation>Unbekannter Wert für --route: %1.</translation>
    </message>
    <message>
        <source>Use prebuilt or source.</source>
        <translation>Verwenden Sie prebuilt oder source.</translation>
    </message>
    <message>
        <source>--max-jobs needs a positive number, not &quot;%1&quot;.</source>
        <translation>--max-jobs braucht eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown --launcher %1.</source>
        <translation>Unbekannter Wert für --launcher: %1.</translation>
    </message>
    <message>
        <source>Use ccache, sccache or distcc.</source>
        <translation>Verwenden Sie ccache, sccache oder distcc.</translation>
    </message>
    <message>
        <source>Unknown --toolkit-from %1.</source>
        <translation>Unbekanntes --toolkit-from %1.</translation>
    </message>
    <message>
        <source>Use runfile or conda.</source>
        <translation>Verwenden Sie runfile oder conda.</translation>
    </message>
    <message>
        <source>torch alone, without the torchvision and torchaudio paired with it (installed by default).</source>
        <translation>Nur torch, ohne das dazu passende torchvision und torchaudio (standardmäßig installiert).</translation>
    </message>
    <message>
        <source>Read the whole selection from this file (selection.json of an Ansible export) instead of the options above.</source>
        <translation>Die gesamte Auswahl aus dieser Datei lesen (selection.json eines Ansible-Exports) statt aus den obigen Optionen.</translation>
    </message>
    <message>
        <source>--selection and --%1 contradict each other.</source>
        <translation>--selection und --%1 widersprechen sich.</translation>
    </message>
    <message>
        <source>Name the selection either in a file or with options.</source>
        <translation>Geben Sie die Auswahl entweder in einer Datei oder mit Optionen an.</translation>
    </message>
    <message>
        <source>%1 is not a selection: %2</source>
        <translation>%1 ist keine Auswahl: %2</translation>
    </message>
    <message>
        <source>Use the selection.json that `dlstack plan --format ansible` wrote.</source>
        <translation>Verwenden Sie die selection.json, die `dlstack plan --format ansible` geschrieben hat.</translation>
    </message>
    <message>
        <source>PyTorch&apos;s XPU wheels for Intel GPUs (Arc, Data Center GPU Max).</source>
        <translation>Die XPU-Wheels von PyTorch für Intel-GPUs (Arc, Data Center GPU Max).</translation>
    </message>
    <message>
        <source>--cuda, --rocm, --xpu and --cpu contradict each other.</source>
        <translation>--cuda, --rocm, --xpu und --cpu widersprechen einander.</translation>
    </message>
    <message>
        <source>Added to torchvision and torchaudio (installed by default): apex, tensorrt, torchtext (torch 2.3 and older), opencv (wheel), opencv-cuda (built with CUDA), test-nn (runs PyTorch&apos;s test/test_nn.py; --route source), or torchvision==V / torchaudio==V; comma separated.</source>
        <translation>Zusätzlich zu torchvision und torchaudio (standardmäßig installiert): apex, tensorrt, torchtext (torch 2.3 und älter), opencv (Wheel), opencv-cuda (mit CUDA gebaut), test-nn (führt PyTorchs test/test_nn.py aus; --route source), oder torchvision==V / torchaudio==V; durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Compiler cache: ccache, sccache or distcc.</source>
        <translation>Compiler-Cache: ccache, sccache oder distcc.</translation>
    </message>
    <message>
        <source>With --route source: install torch editable from its source tree (pip install -e ., as `python setup.py develop`), so that `dlstack rebuild PREFIX` rebuilds only what an edit changed.</source>
        <translation>Mit --route source: torch editierbar aus seinem Quellbaum installieren (pip install -e ., wie `python setup.py develop`), damit `dlstack rebuild PRÄFIX` nur neu baut, was eine Änderung betrifft.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>dlstack settings</source>
        <translation>dlstack-Einstellungen</translation>
    </message>
    <message>
        <source>Package index mirror</source>
        <translation>Paketindex-Mirror</translation>
    </message>
    <message>
        <source>Private package index</source>
        <translation>Privater Paketindex</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>NVIDIA developer account e-mail</source>
        <translation>E-Mail des NVIDIA-Entwicklerkontos</translation>
    </message>
    <message>
        <source>e.g. https://mirror.example.org/pypi/simple</source>
        <translation>z. B. https://mirror.example.org/pypi/simple</translation>
    </message>
    <message>
        <source>e.g. https://pypi.example.org/simple</source>
        <translation>z. B. https://pypi.example.org/simple</translation>
    </message>
    <message>
        <source>e.g. http://proxy.example.org:3128</source>
        <translation>z. B. http://proxy.example.org:3128</translation>
    </message>
    <message>
        <source>Keyring status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Mirror:</translation>
    </message>
    <message>
        <source>Private &amp;index:</source>
        <translation>Privater &amp;Index:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Tokens (kept in the system keyring)</source>
        <translation>Tokens (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>NVIDIA account &amp;e-mail:</source>
        <translation>&amp;E-Mail des NVIDIA-Kontos:</translation>
    </message>
    <message>
        <source>Private index &amp;token:</source>
        <translation>&amp;Token des privaten Index:</translation>
    </message>
    <message>
        <source>NVIDIA account pass&amp;word:</source>
        <translation>Pass&amp;wort des NVIDIA-Kontos:</translation>
    </message>
    <message>
        <source>&amp;GitHub token:</source>
        <translation>&amp;GitHub-Token:</translation>
    </message>
    <message>
        <source>Private index token</source>
        <translation>Token des privaten Index</translation>
    </message>
    <message>
        <source>NVIDIA developer account password</source>
        <translation>Passwort des NVIDIA-Entwicklerkontos</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget the %1</source>
        <translation>%1 vergessen</translation>
    </message>
    <message>
        <source>stored in the keyring; leave empty to keep</source>
        <translation>im Schlüsselbund gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Tokens are stored in the system keyring, never in settings files or logs.</source>
        <translation>Tokens werden im Schlüsselbund des Systems gespeichert, nie in Einstellungsdateien oder Logs.</translation>
    </message>
    <message>
        <source>No system keyring is available, so tokens cannot be saved: %1</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher können Tokens nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The token was not saved. %1 %2</source>
        <translation>Das Token wurde nicht gespeichert. %1 %2</translation>
    </message>
</context>
<context>
    <name>SourceRecipe</name>
    <message>
        <source>sccache is not installed: put its release binary on PATH before the build.</source>
        <translation>sccache ist nicht installiert: Legen Sie sein Release-Programm vor dem Build in den PATH.</translation>
    </message>
    <message>
        <source>%1 is not installed; the build needs it:</source>
        <translation>%1 ist nicht installiert; der Build braucht es:</translation>
    </message>
    <message>
        <source>No distcc hosts were named: distcc uses DISTCC_HOSTS or ~/.distcc/hosts at build time, and compiles locally when neither lists a host.</source>
        <translation>Es wurden keine distcc-Rechner genannt: distcc verwendet beim Build DISTCC_HOSTS oder ~/.distcc/hosts und kompiliert lokal, wenn keines einen Rechner nennt.</translation>
    </message>
    <message>
        <source>torch %1 predates CMake 4 support: cmake&lt;4 is pinned and CMAKE_POLICY_VERSION_MINIMUM=3.5 set.</source>
        <translation>torch %1 ist älter als die Unterstützung für CMake 4: cmake&lt;4 wird festgelegt und CMAKE_POLICY_VERSION_MINIMUM=3.5 gesetzt.</translation>
    </message>
    <message>
        <source>torch is installed editable from %1 (pip install -e ., as `python setup.py develop`): after an edit there, `dlstack rebuild %2` rebuilds only what changed, in the same environment.</source>
        <translation>torch wird editierbar aus %1 installiert (pip install -e ., wie `python setup.py develop`): nach einer Änderung dort baut `dlstack rebuild %2` nur Geändertes neu, in derselben Umgebung.</translation>
    </message>
</context>
<context>
    <name>StackPage</name>
    <message>
        <source>&amp;CUDA (NVIDIA)</source>
        <translation>&amp;CUDA (NVIDIA)</translation>
    </message>
    <message>
        <source>&amp;ROCm (AMD)</source>
        <translation>&amp;ROCm (AMD)</translation>
    </message>
    <message>
        <source>C&amp;PU only</source>
        <translation>Nur C&amp;PU</translation>
    </message>
    <message>
        <source>Prebuilt &amp;wheels (minutes)</source>
        <translation>Vorge&amp;fertigte Wheels (Minuten)</translation>
    </message>
    <message>
        <source>Build from &amp;source (hours)</source>
        <translation>Aus dem &amp;Quellcode bauen (Stunden)</translation>
    </message>
    <message>
        <source>Use the r&amp;ecommended stack</source>
        <translation>&amp;Empfohlenen Stack verwenden</translation>
    </message>
    <message>
        <source>Choose a stack</source>
        <translation>Einen Stack wählen</translation>
    </message>
    <message>
        <source>Only combinations from the tested matrix are offered. Greyed-out entries say why they cannot work on this machine.</source>
        <translation>Es werden nur Kombinationen aus der getesteten Matrix angeboten. Ausgegraute Einträge sagen, warum sie auf diesem Rechner nicht funktionieren können.</translation>
    </message>
    <message>
        <source>PyTorch version</source>
        <translation>PyTorch-Version</translation>
    </message>
    <message>
        <source>Backend version</source>
        <translation>Backend-Version</translation>
    </message>
    <message>
        <source>Python version</source>
        <translation>Python-Version</translation>
    </message>
    <message>
        <source>CUDA backend</source>
        <translation>CUDA-Backend</translation>
    </message>
    <message>
        <source>ROCm backend</source>
        <translation>ROCm-Backend</translation>
    </message>
    <message>
        <source>CPU-only backend</source>
        <translation>Reines CPU-Backend</translation>
    </message>
    <message>
        <source>Install prebuilt wheels</source>
        <translation>Vorgefertigte Wheels installieren</translation>
    </message>
    <message>
        <source>Build PyTorch from source</source>
        <translation>PyTorch aus dem Quellcode bauen</translation>
    </message>
    <message>
        <source>Use the recommended stack</source>
        <translation>Den empfohlenen Stack verwenden</translation>
    </message>
    <message>
        <source>Verdict on the chosen stack</source>
        <translation>Urteil über den gewählten Stack</translation>
    </message>
    <message>
        <source>Py&amp;Torch:</source>
        <translation>Py&amp;Torch:</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation>P&amp;ython:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Weg:</translation>
    </message>
    <message>
        <source>No stack in the tested matrix fits this machine.</source>
        <translation>Kein Stack aus der getesteten Matrix passt zu diesem Rechner.</translation>
    </message>
    <message>
        <source>PyTorch %1 has no %2 wheels.</source>
        <translation>PyTorch %1 hat keine %2-Wheels.</translation>
    </message>
    <message>
        <source> (PyPI default)</source>
        <translation> (PyPI-Standard)</translation>
    </message>
    <message>
        <source>%1 — not possible here: %2</source>
        <translation>%1 — hier nicht möglich: %2</translation>
    </message>
    <message>
        <source>This stack is tested and fits this machine.</source>
        <translation>Dieser Stack ist getestet und passt zu diesem Rechner.</translation>
    </message>
    <message>
        <source>Pick a version that is not greyed out.</source>
        <translation>Wählen Sie eine Version, die nicht ausgegraut ist.</translation>
    </message>
    <message>
        <source>Planning for %1. Only combinations from the tested matrix are offered. Greyed-out entries say why they cannot work on that machine.</source>
        <translation>Planung für %1. Es werden nur Kombinationen aus der getesteten Matrix angeboten. Ausgegraute Einträge sagen, warum sie auf jenem Rechner nicht funktionieren können.</translation>
    </message>
    <message>
        <source>Recommended: %1. %2</source>
        <translation>Empfohlen: %1. %2</translation>
    </message>
    <message>
        <source>This stack is tested and fits that machine.</source>
        <translation>Dieser Stack ist getestet und passt zu jenem Rechner.</translation>
    </message>
    <message>
        <source>Why some backends cannot be chosen</source>
        <translation>Warum manche Backends nicht wählbar sind</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Intel &amp;XPU</source>
        <translation>Intel &amp;XPU</translation>
    </message>
    <message>
        <source>Intel XPU backend</source>
        <translation>Intel-XPU-Backend</translation>
    </message>
    <message>
        <source>latest</source>
        <comment>the newest PyTorch release in the tested matrix</comment>
        <translation>neueste</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>LTS</source>
        <comment>long-term support release</comment>
        <translation>LTS</translation>
    </message>
    <message>
        <source>latest</source>
        <comment>the newest CUDA or ROCm version of a PyTorch release</comment>
        <translation>neueste</translation>
    </message>
    <message>
        <source>Or: %1. %2 %3</source>
        <translation>Oder: %1. %2 %3</translation>
    </message>
</context>
<context>
    <name>StageTitle</name>
    <message>
        <source>Use the existing environment %1</source>
        <translation>Vorhandene Umgebung %1 verwenden</translation>
    </message>
    <message>
        <source>Python %1 virtual environment</source>
        <translation>Virtuelle Umgebung mit Python %1</translation>
    </message>
    <message>
        <source>Conda environment with Python %1</source>
        <translation>Conda-Umgebung mit Python %1</translation>
    </message>
    <message>
        <source>gcc %1 for nvcc (installed by you)</source>
        <translation>gcc %1 für nvcc (von Ihnen installiert)</translation>
    </message>
    <message>
        <source>Use gcc %1 for nvcc</source>
        <translation>gcc %1 für nvcc verwenden</translation>
    </message>
    <message>
        <source>gcc %1 from conda-forge</source>
        <translation>gcc %1 aus conda-forge</translation>
    </message>
    <message>
        <source>PyTorch %1 wheels (%2)</source>
        <translation>PyTorch-%1-Wheels (%2)</translation>
    </message>
    <message>
        <source>PyTorch %1 from source</source>
        <translation>PyTorch %1 aus den Quellen</translation>
    </message>
    <message>
        <source>OpenCV %1 with CUDA from source</source>
        <translation>OpenCV %1 mit CUDA aus den Quellen</translation>
    </message>
    <message>
        <source>%1 from source</source>
        <translation>%1 aus den Quellen</translation>
    </message>
    <message>
        <source>NVIDIA Apex %1 with C++/CUDA extensions</source>
        <translation>NVIDIA Apex %1 mit C++/CUDA-Erweiterungen</translation>
    </message>
    <message>
        <source>OpenCV (opencv-python-headless)</source>
        <translation>OpenCV (opencv-python-headless)</translation>
    </message>
    <message>
        <source>CUDA %1 toolkit from conda-forge</source>
        <translation>CUDA-%1-Toolkit aus conda-forge</translation>
    </message>
    <message>
        <source>CUDA %1 toolkit in the prefix</source>
        <translation>CUDA-%1-Toolkit im Präfix</translation>
    </message>
    <message>
        <source>cuDNN %1 for CUDA %2</source>
        <translation>cuDNN %1 für CUDA %2</translation>
    </message>
    <message>
        <source>Activation script and modulefile</source>
        <translation>Aktivierungsskript und Modulfile</translation>
    </message>
    <message>
        <source>Verify the installation</source>
        <translation>Installation prüfen</translation>
    </message>
    <message>
        <source>Run PyTorch&apos;s test/test_nn.py</source>
        <translation>PyTorchs test/test_nn.py ausführen</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Schritt %1 von %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu scannen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Save support bundle…</source>
        <translation>Support-&amp;Paket speichern…</translation>
    </message>
    <message>
        <source>Your system</source>
        <translation>Ihr System</translation>
    </message>
    <message>
        <source>Green is ready, amber needs a look, red blocks a GPU install. Each line says why.</source>
        <translation>Grün ist bereit, Gelb sollte geprüft werden, Rot blockiert eine GPU-Installation. Jede Zeile sagt, warum.</translation>
    </message>
    <message>
        <source>Detected facts</source>
        <translation>Erkannte Fakten</translation>
    </message>
    <message>
        <source>Detection status</source>
        <translation>Erkennungsstatus</translation>
    </message>
    <message>
        <source>Rescan this machine</source>
        <translation>Diesen Rechner neu scannen</translation>
    </message>
    <message>
        <source>Import another machine&apos;s nvidia-smi or collect_env output</source>
        <translation>Die Ausgabe von nvidia-smi oder collect_env eines anderen Rechners importieren</translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation>Ein Support-Paket speichern</translation>
    </message>
    <message>
        <source>Detect this machine again.</source>
        <translation>Diesen Rechner erneut erkennen.</translation>
    </message>
    <message>
        <source>Check someone else&apos;s machine from the text of nvidia-smi, python -m torch.utils.collect_env, nvcc --version, conda info …</source>
        <translation>Den Rechner einer anderen Person anhand des Textes von nvidia-smi, python -m torch.utils.collect_env, nvcc --version, conda info … prüfen</translation>
    </message>
    <message>
        <source>Save the profile and the raw command outputs to a folder you can send to someone who helps you.</source>
        <translation>Das Profil und die Rohausgaben der Befehle in einem Ordner speichern, den Sie an jemanden schicken können, der Ihnen hilft.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>Detecting… this takes a few seconds.</source>
        <translation>Erkennung läuft… das dauert einige Sekunden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n GPU(s), %2 CUDA toolkit(s), %3 Python environment(s).</source>
        <translation>
            <numerusform>%1: %n GPU, %2 CUDA-Toolkit(s), %3 Python-Umgebung(en).</numerusform>
            <numerusform>%1: %n GPUs, %2 CUDA-Toolkit(s), %3 Python-Umgebung(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the texts was recognised. dlstack reads nvidia-smi, nvidia-smi -q, python -m torch.utils.collect_env, nvcc --version, rocminfo and conda info output.</source>
        <translation>Keiner der Texte wurde erkannt. dlstack liest die Ausgabe von nvidia-smi, nvidia-smi -q, python -m torch.utils.collect_env, nvcc --version, rocminfo und conda info.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>Imported %1; not recognised: %2.</source>
        <translation>%1 importiert; nicht erkannt: %2.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Import another machine&apos;s output</source>
        <translation>Die Ausgabe eines anderen Rechners importieren</translation>
    </message>
    <message>
        <source>&amp;Paste the output of nvidia-smi, python -m torch.utils.collect_env, nvcc --version or conda info here, or open files:</source>
        <translation>&amp;Fügen Sie hier die Ausgabe von nvidia-smi, python -m torch.utils.collect_env, nvcc --version oder conda info ein oder öffnen Sie Dateien:</translation>
    </message>
    <message>
        <source>Pasted output</source>
        <translation>Eingefügte Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Open files…</source>
        <translation>&amp;Dateien öffnen…</translation>
    </message>
    <message>
        <source>Open command outputs</source>
        <translation>Befehlsausgaben öffnen</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Folder for the support bundle</source>
        <translation>Ordner für das Support-Paket</translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation>Support-Paket in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Support bundle not saved</source>
        <translation>Support-Paket nicht gespeichert</translation>
    </message>
    <message>
        <source>Planning for %1</source>
        <translation>Planung für %1</translation>
    </message>
    <message>
        <source>These facts come from another machine&apos;s output. dlstack plans and exports for that machine and installs nothing here.</source>
        <translation>Diese Angaben stammen aus der Ausgabe eines anderen Rechners. dlstack plant und exportiert für jenen Rechner und installiert hier nichts.</translation>
    </message>
    <message>
        <source>Add &amp;environment…</source>
        <translation>&amp;Umgebung hinzufügen…</translation>
    </message>
    <message>
        <source>Add a Python environment from a folder</source>
        <translation>Eine Python-Umgebung aus einem Ordner hinzufügen</translation>
    </message>
    <message>
        <source>A venv or conda environment that detection did not find: choose its folder (the one with pyvenv.cfg or conda-meta). The Options page then offers it as an existing environment.</source>
        <translation>Ein venv oder eine conda-Umgebung, die die Erkennung nicht gefunden hat: Wählen Sie deren Ordner (den mit pyvenv.cfg oder conda-meta). Die Seite „Optionen“ bietet sie dann als bestehende Umgebung an.</translation>
    </message>
    <message>
        <source>added on the System page</source>
        <translation>auf der Seite „System“ hinzugefügt</translation>
    </message>
    <message>
        <source>Added the %1 environment %2.</source>
        <translation>Die %1-Umgebung %2 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Added the %1 environment %2 (Python %3).</source>
        <translation>Die %1-Umgebung %2 (Python %3) wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Folder of a venv or conda environment</source>
        <translation>Ordner eines venv oder einer conda-Umgebung</translation>
    </message>
</context>
<context>
    <name>SystemProfile</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a profile written by `dlstack detect --json` (%2 at byte %3).</source>
        <translation>%1: kein von `dlstack detect --json` geschriebenes Profil (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>This is not a dlstack profile.</source>
        <translation>Dies ist kein dlstack-Profil.</translation>
    </message>
    <message>
        <source>The field &quot;schema&quot; is missing.</source>
        <translation>Das Feld &quot;schema&quot; fehlt.</translation>
    </message>
    <message>
        <source>Create a profile with `dlstack detect --json`.</source>
        <translation>Erstellen Sie ein Profil mit `dlstack detect --json`.</translation>
    </message>
    <message>
        <source>The profile uses schema %1; this dlstack reads schema %2.</source>
        <translation>Das Profil verwendet Schema %1; dieses dlstack liest Schema %2.</translation>
    </message>
    <message>
        <source>Update dlstack, or detect the profile again with this version.</source>
        <translation>Aktualisieren Sie dlstack oder erkennen Sie das Profil mit dieser Version erneut.</translation>
    </message>
</context>
<context>
    <name>TensorrtRecipe</name>
    <message>
        <source>TensorRT (%1) and torch-tensorrt %2</source>
        <translation>TensorRT (%1) und torch-tensorrt %2</translation>
    </message>
    <message>
        <source>torch-tensorrt %1 is the release for torch %2; it needs TensorRT %3, installed as %4 for CUDA %5 (%6).</source>
        <translation>torch-tensorrt %1 ist das Release für torch %2; es benötigt TensorRT %3, installiert als %4 für CUDA %5 (%6).</translation>
    </message>
</context>
<context>
    <name>TestNnRecipe</name>
    <message>
        <source>The test-nn stage runs PyTorch&apos;s own test/test_nn.py from %1 on the result (thousands of tests; a failure fails the stage, which can be retried alone).</source>
        <translation>Die Stufe test-nn führt PyTorchs eigenes test/test_nn.py aus %1 auf dem Ergebnis aus (Tausende von Tests; ein Fehlschlag lässt die Stufe scheitern, die allein wiederholt werden kann).</translation>
    </message>
</context>
<context>
    <name>ToolPitfall</name>
    <message>
        <source>CMake 4.0 removed compatibility with cmake_minimum_required(VERSION &lt; 3.5); third_party CMakeLists (e.g. protobuf) fail with &apos;Compatibility with CMake &lt; 3.5 has been removed from CMake&apos;</source>
        <extracomment>message of the known problem cmake4_min_version (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>CMake 4.0 hat die Kompatibilität mit cmake_minimum_required(VERSION &lt; 3.5) entfernt; CMakeLists in third_party (z. B. protobuf) scheitern mit &apos;Compatibility with CMake &lt; 3.5 has been removed from CMake&apos;</translation>
    </message>
    <message>
        <source>pip install &apos;cmake&lt;4&apos;</source>
        <extracomment>workaround of the known problem cmake4_min_version (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>pip install &apos;cmake&lt;4&apos;</translation>
    </message>
    <message>
        <source>export CMAKE_POLICY_VERSION_MINIMUM=3.5 (or -DCMAKE_POLICY_VERSION_MINIMUM=3.5)</source>
        <extracomment>workaround of the known problem cmake4_min_version (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>export CMAKE_POLICY_VERSION_MINIMUM=3.5 (oder -DCMAKE_POLICY_VERSION_MINIMUM=3.5)</translation>
    </message>
    <message>
        <source>CMake Error: Error required internal CMake variable not set ... Missing variable is: CMAKE_CUDA_COMPILE_WHOLE_COMPILATION</source>
        <extracomment>message of the known problem cmake_3_23_0_cuda (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>CMake Error: Error required internal CMake variable not set ... Missing variable is: CMAKE_CUDA_COMPILE_WHOLE_COMPILATION</translation>
    </message>
    <message>
        <source>use cmake 3.22.3 (or a later 3.23.x release)</source>
        <extracomment>workaround of the known problem cmake_3_23_0_cuda (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>verwenden Sie cmake 3.22.3 (oder eine spätere 3.23.x-Version)</translation>
    </message>
    <message>
        <source>CMake Error at CMakeLists.txt:1 (cmake_minimum_required): CMake 3.18 or higher is required</source>
        <extracomment>message of the known problem cmake_below_project_minimum (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>CMake Error at CMakeLists.txt:1 (cmake_minimum_required): CMake 3.18 or higher is required</translation>
    </message>
    <message>
        <source>CMake&apos;s Ninja generator before 3.13 cannot use files generated by another build step as cmake inputs; PyTorch requires 3.13 with Ninja</source>
        <extracomment>message of the known problem cmake_ninja_below_3_13 (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>CMakes Ninja-Generator vor 3.13 kann von einem anderen Build-Schritt erzeugte Dateien nicht als CMake-Eingaben verwenden; PyTorch verlangt 3.13 mit Ninja</translation>
    </message>
    <message>
        <source>CMake 3.30 and newer together with Ninja were reported to break PyTorch source builds; no matching PyTorch issue or CMake change was found to confirm it</source>
        <extracomment>message of the known problem cmake_3_30_ninja (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>CMake 3.30 und neuer zusammen mit Ninja sollen PyTorch-Builds aus dem Quellcode brechen; kein passendes PyTorch-Issue und keine CMake-Änderung bestätigt das</translation>
    </message>
    <message>
        <source>if the configure or build step fails, retry with pip install &apos;cmake&lt;3.30&apos;</source>
        <extracomment>workaround of the known problem cmake_3_30_ninja (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>wenn der Konfigurations- oder Build-Schritt scheitert, versuchen Sie es erneut mit pip install &apos;cmake&lt;3.30&apos;</translation>
    </message>
    <message>
        <source>#error -- unsupported GNU version! gcc versions later than N are not supported! (crt/host_config.h); torch.utils.cpp_extension refuses the same combinations</source>
        <extracomment>message of the known problem nvcc_host_gcc_too_new (tools.json, compiler_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>#error -- unsupported GNU version! gcc versions later than N are not supported! (crt/host_config.h); torch.utils.cpp_extension lehnt dieselben Kombinationen ab</translation>
    </message>
    <message>
        <source>install the newest supported gcc (e.g. gcc-13 for CUDA 12.4) and point CC/CXX/CUDAHOSTCXX at it</source>
        <extracomment>workaround of the known problem nvcc_host_gcc_too_new (tools.json, compiler_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>installieren Sie den neuesten unterstützten gcc (z. B. gcc-13 für CUDA 12.4) und lassen Sie CC/CXX/CUDAHOSTCXX darauf zeigen</translation>
    </message>
    <message>
        <source>nvcc -allow-unsupported-compiler only silences the check</source>
        <extracomment>workaround of the known problem nvcc_host_gcc_too_new (tools.json, compiler_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>nvcc -allow-unsupported-compiler schaltet nur die Prüfung ab</translation>
    </message>
    <message>
        <source>GCC-9.3 or newer is required to compile PyTorch</source>
        <extracomment>message of the known problem torch_gcc_minimum (tools.json, compiler_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>GCC-9.3 or newer is required to compile PyTorch</translation>
    </message>
</context>
<context>
    <name>ToolProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 hat keine Version gemeldet.</translation>
    </message>
</context>
<context>
    <name>ToolkitRecipe</name>
    <message>
        <source>ROCm %1 is not installed; it needs root. Install it first:</source>
        <translation>ROCm %1 ist nicht installiert; dafür braucht es root. Installieren Sie es zuerst:</translation>
    </message>
    <message>
        <source>The CUDA %1 runfile is downloaded without a checksum: the matrix records no sha256 for %2.</source>
        <translation>Die CUDA-%1-Runfile wird ohne Prüfsumme heruntergeladen: Die Matrix verzeichnet kein sha256 für %2.</translation>
    </message>
    <message>
        <source>No cuDNN archive is known for CUDA %1: the build goes on without cuDNN (USE_CUDNN=0).</source>
        <translation>Für CUDA %1 ist kein cuDNN-Archiv bekannt: Der Build läuft ohne cuDNN weiter (USE_CUDNN=0).</translation>
    </message>
    <message>
        <source>cuDNN %1 is downloaded without a checksum: the matrix records no sha256 for %2.</source>
        <translation>cuDNN %1 wird ohne Prüfsumme heruntergeladen: Die Matrix verzeichnet kein sha256 für %2.</translation>
    </message>
</context>
<context>
    <name>TorchInstall</name>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a text file; it was ignored.</source>
        <translation>%1 ist keine Textdatei; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1 points at %2, which does not exist; torch there cannot be imported.</source>
        <translation>%1 verweist auf %2, das nicht existiert; torch kann dort nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Check that the prefix is writable.</source>
        <translation>Prüfen Sie, ob das Präfix beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The install was cancelled.</source>
        <translation>Die Installation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Run the install again to continue where it stopped.</source>
        <translation>Führen Sie die Installation erneut aus, um dort fortzusetzen, wo sie angehalten hat.</translation>
    </message>
    <message>
        <source>There is no install journal in %1.</source>
        <translation>In %1 gibt es kein Installationsjournal.</translation>
    </message>
    <message>
        <source>Check the prefix; only what dlstack installed can be rolled back.</source>
        <translation>Prüfen Sie das Präfix; nur was dlstack installiert hat, kann zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The journal&apos;s paths under %1 are now read as paths under %2.</source>
        <translation>Die Pfade des Journals unter %1 werden jetzt als Pfade unter %2 gelesen.</translation>
    </message>
    <message>
        <source>The journal has no stage &quot;%1&quot;.</source>
        <translation>Das Journal hat keine Stufe „%1“.</translation>
    </message>
    <message>
        <source>Run `dlstack status --prefix %1` to see the stages.</source>
        <translation>Führen Sie `dlstack status --prefix %1` aus, um die Stufen zu sehen.</translation>
    </message>
    <message>
        <source>Could not write the install journal %1.</source>
        <translation>Das Installationsjournal %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the install prefix is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob das Installationspräfix beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Process %1 holds the lock on %2.</source>
        <translation>Prozess %1 hält die Sperre auf %2.</translation>
    </message>
    <message>
        <source>Another process holds the lock on %1.</source>
        <translation>Ein anderer Prozess hält die Sperre auf %1.</translation>
    </message>
    <message>
        <source>The file system of %1 does not support file locks; nothing was changed.</source>
        <translation>Das Dateisystem von %1 unterstützt keine Dateisperren; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>dlstack needs a lock to keep two jobs in one prefix apart. Choose a prefix on a local disk (or an NFS mount with locking enabled).</source>
        <translation>dlstack braucht eine Sperre, um zwei Aufträge in einem Präfix auseinanderzuhalten. Wählen Sie ein Präfix auf einem lokalen Datenträger (oder einem NFS-Mount mit Sperren).</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Journal ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not read the install journal %1.</source>
        <translation>Das Installationsjournal %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the install prefix.</source>
        <translation>Prüfen Sie die Berechtigungen des Installationspräfixes.</translation>
    </message>
    <message>
        <source>Could not move %1 aside before replacing it.</source>
        <translation>%1 konnte vor dem Ersetzen nicht beiseitegeschoben werden.</translation>
    </message>
    <message>
        <source>Check the prefix&apos;s permissions.</source>
        <translation>Prüfen Sie die Berechtigungen des Präfixes.</translation>
    </message>
    <message>
        <source>%1 is in the way: it is not a plain file.</source>
        <translation>%1 ist im Weg: es ist keine normale Datei.</translation>
    </message>
    <message>
        <source>It is a symbolic link; dlstack would write through it.</source>
        <translation>Es ist ein symbolischer Link; dlstack würde hindurchschreiben.</translation>
    </message>
    <message>
        <source>dlstack keeps a partial file there. Remove it, then run the install again.</source>
        <translation>dlstack legt dort eine Teildatei ab. Entfernen Sie es und starten Sie die Installation erneut.</translation>
    </message>
    <message>
        <source>%1 is already there with the right checksum.</source>
        <translation>%1 ist bereits mit der richtigen Prüfsumme vorhanden.</translation>
    </message>
    <message>
        <source>The download needs the secret &quot;%1&quot; but no keyring is available.</source>
        <translation>Der Download braucht das Geheimnis „%1“, aber es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring or KWallet), store the token and run the install again.</source>
        <translation>Starten Sie einen Secret Service (gnome-keyring oder KWallet), speichern Sie das Token und starten Sie die Installation erneut.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; for %2 could not be read; nothing was changed.
%3</source>
        <translation>Das Geheimnis „%1“ für %2 konnte nicht gelesen werden; es wurde nichts geändert.
%3</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; would send a credential over plain http to %2.</source>
        <translation>Stufe „%1“ würde Zugangsdaten über unverschlüsseltes http an %2 senden.</translation>
    </message>
    <message>
        <source>The plan allows it (&quot;allow_insecure_auth&quot;: true), but anyone on the network path can read an http:// request and the token or password in it. Nothing was changed.</source>
        <translation>Der Plan erlaubt es (&quot;allow_insecure_auth&quot;: true), aber jeder auf dem Netzweg kann eine http://-Anfrage samt Token oder Passwort lesen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Run again with --allow-insecure-auth if you accept that, or use an https:// URL.</source>
        <translation>Starten Sie erneut mit --allow-insecure-auth, wenn Sie das hinnehmen, oder verwenden Sie eine https://-URL.</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Der Download konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>Das Archiv %1 existiert nicht.</translation>
    </message>
    <message>
        <source>A download step before this one should fetch it; check the plan.</source>
        <translation>Ein Download-Schritt vor diesem sollte es holen; prüfen Sie den Plan.</translation>
    </message>
    <message>
        <source>Could not move the extracted files to %1.</source>
        <translation>Die entpackten Dateien konnten nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Cancelled while running git.</source>
        <translation>Während der Ausführung von git abgebrochen.</translation>
    </message>
    <message>
        <source>Run the install again to continue.</source>
        <translation>Führen Sie die Installation erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Could not move the clone to %1.</source>
        <translation>Der Klon konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>%1 is already a repository; fetching.</source>
        <translation>%1 ist bereits ein Repository; es wird aktualisiert (fetch).</translation>
    </message>
    <message>
        <source>The working directory %1 does not exist.</source>
        <translation>Das Arbeitsverzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>An earlier step should create it; check the plan&apos;s order.</source>
        <translation>Ein früherer Schritt sollte es erstellen; prüfen Sie die Reihenfolge des Plans.</translation>
    </message>
    <message>
        <source>Cancelled while running %1.</source>
        <translation>Während der Ausführung von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob das Präfix beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a directory.</source>
        <translation>%1 konnte nicht geschrieben werden: es ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>write_file replaces files only; choose another path in the plan.</source>
        <translation>write_file ersetzt nur Dateien; wählen Sie im Plan einen anderen Pfad.</translation>
    </message>
    <message>
        <source>the directory could not be created</source>
        <translation>das Verzeichnis konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Left %1 in place: it is outside the prefix and the cache.</source>
        <translation>%1 wurde belassen: Es liegt außerhalb des Präfixes und des Caches.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Check its permissions, then run the rollback again.</source>
        <translation>Prüfen Sie seine Berechtigungen und führen Sie das Rollback dann erneut aus.</translation>
    </message>
    <message>
        <source>Running undo command: %1</source>
        <translation>Rückgängig-Befehl wird ausgeführt: %1</translation>
    </message>
    <message>
        <source>The undo command did not succeed (exit %1); continuing.</source>
        <translation>Der Rückgängig-Befehl war nicht erfolgreich (Exit-Code %1); es wird fortgesetzt.</translation>
    </message>
    <message>
        <source>The journal names a backup outside the prefix: %1.</source>
        <translation>Das Journal nennt eine Sicherung außerhalb des Präfixes: %1.</translation>
    </message>
    <message>
        <source>The journal may have been edited; restore the file by hand.</source>
        <translation>Das Journal wurde möglicherweise bearbeitet; stellen Sie die Datei von Hand wieder her.</translation>
    </message>
    <message>
        <source>Could not restore %1 from its backup.</source>
        <translation>%1 konnte nicht aus seiner Sicherung wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup is still at %1.</source>
        <translation>Die Sicherung liegt noch unter %1.</translation>
    </message>
    <message>
        <source>Check that the file exists, that you may read it and that the disk is not full.</source>
        <translation>Prüfen Sie, ob die Datei existiert, ob Sie sie lesen dürfen und ob der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>The build log %1 could not be created.</source>
        <translation>Das Build-Log %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The log %1 could not be opened.</source>
        <translation>Das Log %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Open a log file; a directory, pipe or device cannot be indexed. Save the output to a file first.</source>
        <translation>Öffnen Sie eine Logdatei; ein Verzeichnis, eine Pipe oder ein Gerät kann nicht indiziert werden. Speichern Sie die Ausgabe zuerst in einer Datei.</translation>
    </message>
    <message>
        <source>The log %1 could not be read.</source>
        <translation>Das Log %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The log %1 is read-only.</source>
        <translation>Das Log %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The build log %1 could not be written.</source>
        <translation>Das Build-Log %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: %2. The lines before the damage were read.</source>
        <translation>%1 ist abgeschnitten oder beschädigt: %2. Die Zeilen vor der beschädigten Stelle wurden gelesen.</translation>
    </message>
    <message>
        <source>Ask for the complete file, or check it with `gzip -t`, `xz -t` or `zstd -t`.</source>
        <translation>Fordern Sie die vollständige Datei an, oder prüfen Sie sie mit `gzip -t`, `xz -t` oder `zstd -t`.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Free some disk space in the temporary folder.</source>
        <translation>Schaffen Sie Platz im temporären Ordner.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>Der reguläre Ausdruck ist ungültig: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>Escape special characters such as ( [ . * with a backslash.</source>
        <translation>Maskieren Sie Sonderzeichen wie ( [ . * mit einem Backslash.</translation>
    </message>
    <message>
        <source>The log folder %1 could not be created.</source>
        <translation>Der Log-Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the install prefix and the free disk space.</source>
        <translation>Prüfen Sie die Berechtigungen des Installationspräfixes und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>There is no stage %1 in this log.</source>
        <translation>In diesem Log gibt es keine Stufe %1.</translation>
    </message>
    <message>
        <source>The log folder %1 does not exist.</source>
        <translation>Der Log-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The diagnosis rules in %1 are malformed: %2</source>
        <translation>Die Diagnoseregeln in %1 sind fehlerhaft: %2</translation>
    </message>
    <message>
        <source>Fix the rule file as described in docs/diagnosis-rules.md, or reinstall dlstack.</source>
        <translation>Korrigieren Sie die Regeldatei wie in docs/diagnosis-rules.md beschrieben oder installieren Sie dlstack neu.</translation>
    </message>
    <message>
        <source>the patterns cannot be compiled for scanning together: %1</source>
        <translation>die Muster lassen sich nicht gemeinsam zum Durchsuchen übersetzen: %1</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; of %2 cannot be compiled for scanning, not even as a prefilter: %3</source>
        <translation>Muster „%1“ von %2 lässt sich nicht zum Durchsuchen übersetzen, nicht einmal als Vorfilter: %3</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be %1</source>
        <translation>&quot;schema&quot; muss %1 sein</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an array</source>
        <translation>&quot;rules&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, Regel %2</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>eine Regel muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string of a-z, 0-9 and _</source>
        <translation>&quot;id&quot; muss eine Zeichenkette aus a-z, 0-9 und _ sein</translation>
    </message>
    <message>
        <source>rule %1 needs non-empty &quot;title&quot;, &quot;explanation&quot; and &quot;remedy&quot; strings</source>
        <translation>Regel %1 braucht nicht leere Zeichenketten &quot;title&quot;, &quot;explanation&quot; und &quot;remedy&quot;</translation>
    </message>
    <message>
        <source>&quot;weight&quot; of %1 must be an integer from 0 to 100</source>
        <translation>&quot;weight&quot; von %1 muss eine ganze Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>&quot;patterns&quot; of %1 must be a non-empty array of strings</source>
        <translation>&quot;patterns&quot; von %1 muss ein nicht leeres Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;exclude&quot; of %1 must be an array of strings</source>
        <translation>&quot;exclude&quot; von %1 muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>anchor %1 needs &quot;window&quot;: [lines before, lines after]</source>
        <translation>Anker %1 braucht &quot;window&quot;: [Zeilen davor, Zeilen danach]</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; of %2 is not a valid regular expression: %3 at character %4</source>
        <translation>Muster „%1“ von %2 ist kein gültiger regulärer Ausdruck: %3 bei Zeichen %4</translation>
    </message>
    <message>
        <source>&quot;captures&quot; of %1 must be an object</source>
        <translation>&quot;captures&quot; von %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>capture &quot;%1&quot; of %2 names group %3, which no pattern has</source>
        <translation>Capture „%1“ von %2 nennt Gruppe %3, die kein Muster hat</translation>
    </message>
    <message>
        <source>lookup &quot;%1&quot; of %2 must name one of its captures in &quot;from&quot;</source>
        <translation>Nachschlagetabelle „%1“ von %2 muss in &quot;from&quot; eine ihrer Erfassungen nennen</translation>
    </message>
    <message>
        <source>every row of lookup &quot;%1&quot; of %2 needs a &quot;value&quot; string</source>
        <translation>jede Zeile der Nachschlagetabelle „%1“ von %2 braucht eine Zeichenkette &quot;value&quot;</translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder {%2}</source>
        <translation>%1 verwendet den unbekannten Platzhalter {%2}</translation>
    </message>
    <message>
        <source>No diagnosis rules were found in %1.</source>
        <translation>In %1 wurden keine Diagnoseregeln gefunden.</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the rules are part of the program.</source>
        <translation>Installieren Sie dlstack neu; die Regeln sind Teil des Programms.</translation>
    </message>
    <message>
        <source>The rule file %1 could not be read.</source>
        <translation>Die Regeldatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the rule id %1 is used twice</source>
        <translation>die Regel-ID %1 wird doppelt verwendet</translation>
    </message>
    <message>
        <source>The rule folder %1 does not exist.</source>
        <translation>Der Regelordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path given to --rules.</source>
        <translation>Prüfen Sie den Pfad bei --rules.</translation>
    </message>
    <message>
        <source>Rule files are JSON of at most 16 MiB.</source>
        <translation>Regeldateien sind JSON von höchstens 16 MiB.</translation>
    </message>
    <message>
        <source>The version matrix file %1 cannot be read: %2</source>
        <translation>Die Versionsmatrix-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the data files belong to it.</source>
        <translation>Installieren Sie dlstack neu; die Datendateien gehören dazu.</translation>
    </message>
    <message>
        <source>The version matrix file %1 is invalid at line %2, column %3: %4: %5</source>
        <translation>Die Versionsmatrix-Datei %1 ist ungültig in Zeile %2, Spalte %3: %4: %5</translation>
    </message>
    <message>
        <source>file %1, line %2, column %3, field %4</source>
        <translation>Datei %1, Zeile %2, Spalte %3, Feld %4</translation>
    </message>
    <message>
        <source>Fix the field as described in docs/matrix-format.md, or reinstall dlstack if the file came with it.</source>
        <translation>Korrigieren Sie das Feld wie in docs/matrix-format.md beschrieben oder installieren Sie dlstack neu, falls die Datei mitgeliefert wurde.</translation>
    </message>
    <message>
        <source>The version matrix file %1 is not valid JSON at line %2, column %3: %4</source>
        <translation>Die Versionsmatrix-Datei %1 ist kein gültiges JSON in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>file %1, byte offset %2</source>
        <translation>Datei %1, Byte-Offset %2</translation>
    </message>
    <message>
        <source>Fix the JSON syntax, or reinstall dlstack if the file came with it.</source>
        <translation>Korrigieren Sie die JSON-Syntax oder installieren Sie dlstack neu, falls die Datei mitgeliefert wurde.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>schema %1 is not known to this dlstack (it reads schema %2); a newer dlstack is needed</source>
        <translation>Schema %1 ist diesem dlstack nicht bekannt (es liest Schema %2); ein neueres dlstack wird benötigt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version</source>
        <translation>„%1“ ist keine Version</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>Liste von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation>nicht leere Liste erwartet</translation>
    </message>
    <message>
        <source>The version matrix file %1 is missing.</source>
        <translation>Die Versionsmatrix-Datei %1 fehlt.</translation>
    </message>
    <message>
        <source>releases must be listed oldest first, without duplicates</source>
        <translation>Releases müssen ohne Duplikate aufgeführt sein, das älteste zuerst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compute capability</source>
        <translation>„%1“ ist keine Compute Capability</translation>
    </message>
    <message>
        <source>a CUDA variant needs its arch list</source>
        <translation>eine CUDA-Variante braucht ihre Arch-Liste</translation>
    </message>
    <message>
        <source>more than one variant is marked default</source>
        <translation>mehr als eine Variante ist als Standard markiert</translation>
    </message>
    <message>
        <source>sm_min %1 is above sm_max %2</source>
        <translation>sm_min %1 liegt über sm_max %2</translation>
    </message>
    <message>
        <source>Newest PyTorch whose %1 wheels run on driver %2 and have kernels for %3.</source>
        <translation>Neuestes PyTorch, dessen %1-Wheels mit Treiber %2 laufen und Kernel für %3 haben.</translation>
    </message>
    <message>
        <source>Newest PyTorch whose %1 wheels target %2.</source>
        <translation>Neuestes PyTorch, dessen %1-Wheels %2 unterstützen.</translation>
    </message>
    <message>
        <source>Older release; its %1 wheels also run here.</source>
        <translation>Älteres Release; seine %1-Wheels laufen hier ebenfalls.</translation>
    </message>
    <message>
        <source>Older release; its %1 wheels also target %2.</source>
        <translation>Älteres Release; seine %1-Wheels unterstützen ebenfalls %2.</translation>
    </message>
    <message>
        <source>No installed Python fits, so a conda environment brings Python %1.</source>
        <translation>Kein installiertes Python passt, daher bringt eine conda-Umgebung Python %1 mit.</translation>
    </message>
    <message>
        <source>Works after a driver upgrade (see the findings); nothing runs on the current driver.</source>
        <translation>Funktioniert nach einem Treiber-Upgrade (siehe die Befunde); mit dem aktuellen Treiber läuft nichts.</translation>
    </message>
    <message>
        <source>No GPU was found; the CPU build of the newest PyTorch runs anywhere.</source>
        <translation>Es wurde keine GPU gefunden; der CPU-Build des neuesten PyTorch läuft überall.</translation>
    </message>
    <message>
        <source>No GPU build runs on this machine as it is; the CPU build does.</source>
        <translation>Auf diesem Rechner läuft in seinem jetzigen Zustand kein GPU-Build; der CPU-Build schon.</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>aus dem Quellcode</translation>
    </message>
    <message>
        <source>prebuilt wheels</source>
        <translation>vorgefertigte Wheels</translation>
    </message>
    <message>
        <source>Unknown route &quot;%1&quot; in the selection.</source>
        <translation>Unbekannter Weg „%1“ in der Auswahl.</translation>
    </message>
    <message>
        <source>Use prebuilt or source.</source>
        <translation>Verwenden Sie prebuilt oder source.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; in the selection.</source>
        <translation>Unbekanntes Backend „%1“ in der Auswahl.</translation>
    </message>
    <message>
        <source>Use cuda, rocm or cpu.</source>
        <translation>Verwenden Sie cuda, rocm oder cpu.</translation>
    </message>
    <message>
        <source>Unknown environment kind &quot;%1&quot;.</source>
        <translation>Unbekannte Umgebungsart „%1“.</translation>
    </message>
    <message>
        <source>Use new_venv, new_conda or existing.</source>
        <translation>Verwenden Sie new_venv, new_conda oder existing.</translation>
    </message>
    <message>
        <source>An existing environment was chosen without its path.</source>
        <translation>Eine bestehende Umgebung wurde ohne ihren Pfad gewählt.</translation>
    </message>
    <message>
        <source>Name the environment&apos;s directory.</source>
        <translation>Nennen Sie das Verzeichnis der Umgebung.</translation>
    </message>
    <message>
        <source>No PyTorch version was chosen.</source>
        <translation>Es wurde keine PyTorch-Version gewählt.</translation>
    </message>
    <message>
        <source>Pick one from `dlstack matrix` (%1 to %2).</source>
        <translation>Wählen Sie eine aus `dlstack matrix` (%1 bis %2).</translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix (%2 to %3); dlstack does not guess its requirements.</source>
        <translation>PyTorch %1 ist nicht in der getesteten Matrix (%2 bis %3); dlstack rät seine Anforderungen nicht.</translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation>Wählen Sie eine Version, die `dlstack matrix` auflistet.</translation>
    </message>
    <message>
        <source>Both a CUDA and a ROCm version were chosen.</source>
        <translation>Sowohl eine CUDA- als auch eine ROCm-Version wurden gewählt.</translation>
    </message>
    <message>
        <source>Pick one backend.</source>
        <translation>Wählen Sie ein Backend.</translation>
    </message>
    <message>
        <source>No CUDA version was chosen.</source>
        <translation>Es wurde keine CUDA-Version gewählt.</translation>
    </message>
    <message>
        <source>Name one, e.g. --cuda 12.4.</source>
        <translation>Nennen Sie eine, z. B. --cuda 12.4.</translation>
    </message>
    <message>
        <source>CUDA %1 is not in the tested matrix (%2 to %3).</source>
        <translation>CUDA %1 ist nicht in der getesteten Matrix (%2 bis %3).</translation>
    </message>
    <message>
        <source>Pick a CUDA version listed by `dlstack matrix --torch %1`.</source>
        <translation>Wählen Sie eine CUDA-Version, die `dlstack matrix --torch %1` auflistet.</translation>
    </message>
    <message>
        <source>ROCm %1 is not in the tested matrix.</source>
        <translation>ROCm %1 ist nicht in der getesteten Matrix.</translation>
    </message>
    <message>
        <source>Pick a ROCm version listed by `dlstack matrix --torch %1`.</source>
        <translation>Wählen Sie eine ROCm-Version, die `dlstack matrix --torch %1` auflistet.</translation>
    </message>
    <message>
        <source>A CPU-only install was chosen together with a GPU backend version.</source>
        <translation>Eine reine CPU-Installation wurde zusammen mit einer GPU-Backend-Version gewählt.</translation>
    </message>
    <message>
        <source>Drop --cpu, or drop --cuda/--rocm.</source>
        <translation>Lassen Sie --cpu weg oder lassen Sie --cuda/--rocm weg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Python version.</source>
        <translation>„%1“ ist keine Python-Version.</translation>
    </message>
    <message>
        <source>Write it like 3.11.</source>
        <translation>Schreiben Sie sie wie 3.11.</translation>
    </message>
    <message>
        <source>MAX_JOBS cannot be negative.</source>
        <translation>MAX_JOBS darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Could not write the download %1.</source>
        <translation>Der Download %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: checksum mismatch (expected %2, got %3)</source>
        <translation>%1: Prüfsumme stimmt nicht (erwartet %2, erhalten %3)</translation>
    </message>
    <message>
        <source>The downloaded file does not match its sha256 checksum.</source>
        <translation>Die heruntergeladene Datei stimmt nicht mit ihrer sha256-Prüfsumme überein.</translation>
    </message>
    <message>
        <source>The download failed from every source.</source>
        <translation>Der Download ist von allen Quellen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The file was deleted. Check the plan&apos;s sha256 or the mirror.</source>
        <translation>Die Datei wurde gelöscht. Prüfen Sie die sha256 des Plans oder den Mirror.</translation>
    </message>
    <message>
        <source>Check the network or proxy, or put the file into the mirror directory.</source>
        <translation>Prüfen Sie das Netzwerk oder den Proxy oder legen Sie die Datei in das Mirror-Verzeichnis.</translation>
    </message>
    <message>
        <source>The version matrix blocks %1.</source>
        <translation>Die Versionsmatrix blockiert %1.</translation>
    </message>
    <message>
        <source>Change the selection as the findings say, or run `dlstack recommend`.</source>
        <translation>Ändern Sie die Auswahl, wie die Befunde es sagen, oder führen Sie `dlstack recommend` aus.</translation>
    </message>
    <message>
        <source>The install prefix must be an absolute path.</source>
        <translation>Das Installationspräfix muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>Pass --prefix /path/to/prefix.</source>
        <translation>Geben Sie --prefix /path/to/prefix an.</translation>
    </message>
    <message>
        <source>The matrix does not know torch %1.</source>
        <translation>Die Matrix kennt torch %1 nicht.</translation>
    </message>
    <message>
        <source>The planner produced a plan the loader rejects.</source>
        <translation>Der Planer hat einen Plan erzeugt, den der Lader ablehnt.</translation>
    </message>
    <message>
        <source>Please report this with the selection and profile.</source>
        <translation>Bitte melden Sie dies zusammen mit der Auswahl und dem Profil.</translation>
    </message>
    <message>
        <source>No secret named &quot;%1&quot; is stored.</source>
        <translation>Es ist kein Geheimnis namens „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Store it first, for example with the wizard&apos;s Options page.</source>
        <translation>Speichern Sie es zuerst, zum Beispiel auf der Seite „Optionen“ des Assistenten.</translation>
    </message>
    <message>
        <source>The system keyring is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring or KWallet) and unlock it, then try again.</source>
        <translation>Starten Sie einen Secret Service (gnome-keyring oder KWallet), entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Free some disk space (or check the prefix&apos;s permissions) and run the install again; the download continues where it stopped.</source>
        <translation>Schaffen Sie Speicherplatz (oder prüfen Sie die Berechtigungen des Präfixes) und führen Sie die Installation erneut aus; der Download wird dort fortgesetzt, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Fetching the submodules again after an interrupted update.</source>
        <translation>Die Submodule werden nach einer unterbrochenen Aktualisierung erneut geholt.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: %2</source>
        <translation>%1 ist abgeschnitten oder beschädigt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version comparison like &quot;&gt;=4.0&quot;</source>
        <translation>„%1“ ist kein Versionsvergleich wie „&gt;=4.0“</translation>
    </message>
    <message>
        <source>Another dlstack job is running in %1.</source>
        <translation>In %1 läuft bereits ein anderer dlstack-Auftrag.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or stop it first (dlstack-wizard shows it).</source>
        <translation>Warten Sie, bis er fertig ist, oder halten Sie ihn zuerst an (dlstack-wizard zeigt ihn an).</translation>
    </message>
    <message>
        <source>Removed %1, left by an interrupted git command.</source>
        <translation>%1 entfernt, von einem unterbrochenen git-Befehl hinterlassen.</translation>
    </message>
    <message>
        <source>Choose a stack and an install folder first.</source>
        <translation>Wählen Sie zuerst einen Stack und einen Installationsordner.</translation>
    </message>
    <message>
        <source>Unknown extra &quot;%1&quot;.</source>
        <translation>Unbekanntes Extra &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>distcc hosts were named but the compiler launcher is not distcc.</source>
        <translation>Es wurden distcc-Rechner genannt, aber der Compiler-Starter ist nicht distcc.</translation>
    </message>
    <message>
        <source>Add --launcher distcc, or drop the hosts.</source>
        <translation>Geben Sie --launcher distcc an oder lassen Sie die Rechner weg.</translation>
    </message>
    <message>
        <source>sha256 must be 64 lower-case hex digits, or null</source>
        <translation>sha256 muss aus 64 kleingeschriebenen Hexziffern bestehen oder null sein</translation>
    </message>
    <message>
        <source>a cuDNN archive needs a cudnn-linux-x86_64-*_cudaN-archive.tar.xz file and an https URL ending in it</source>
        <translation>ein cuDNN-Archiv braucht eine Datei cudnn-linux-x86_64-*_cudaN-archive.tar.xz und eine https-URL, die damit endet</translation>
    </message>
    <message>
        <source>a Miniforge release looks like 25.3.1-0</source>
        <translation>eine Miniforge-Version sieht aus wie 25.3.1-0</translation>
    </message>
    <message>
        <source>Unknown toolkit source &quot;%1&quot;.</source>
        <translation>Unbekannte Toolkit-Quelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use runfile or conda.</source>
        <translation>Verwenden Sie runfile oder conda.</translation>
    </message>
    <message>
        <source>A CUDA toolkit from conda needs a conda environment.</source>
        <translation>Ein CUDA-Toolkit aus conda braucht eine conda-Umgebung.</translation>
    </message>
    <message>
        <source>Choose a new conda environment, or take the toolkit from the runfile.</source>
        <translation>Wählen Sie eine neue conda-Umgebung oder nehmen Sie das Toolkit aus dem runfile.</translation>
    </message>
    <message>
        <source>The install prefix %1 is not a directory.</source>
        <translation>Das Installationspräfix %1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Check the path, or create the directory first.</source>
        <translation>Prüfen Sie den Pfad, oder legen Sie das Verzeichnis zuerst an.</translation>
    </message>
    <message>
        <source>%1 is a copy of the install prefix %2; nothing was changed.</source>
        <translation>%1 ist eine Kopie des Installationspräfixes %2; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The journal in %1 records the files of %2 (both carry install id %3). Resuming or rolling back here would change %2.</source>
        <translation>Das Journal in %1 verzeichnet die Dateien von %2 (beide tragen die Installations-ID %3). Fortsetzen oder Zurücknehmen hier würde %2 ändern.</translation>
    </message>
    <message>
        <source>The install prefix was moved from %1 to %2; nothing was changed.</source>
        <translation>Das Installationspräfix wurde von %1 nach %2 verschoben; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Its journal names paths under %1, which no longer holds this install.</source>
        <translation>Sein Journal nennt Pfade unter %1, das diese Installation nicht mehr enthält.</translation>
    </message>
    <message>
        <source>If you moved it on purpose, run the command again with --reanchor: the journal&apos;s paths under %1 are then read as paths under %2.</source>
        <translation>Wenn Sie es absichtlich verschoben haben, führen Sie den Befehl erneut mit --reanchor aus: die Pfade des Journals unter %1 werden dann als Pfade unter %2 gelesen.</translation>
    </message>
    <message>
        <source>The failure starts at line %1: %2</source>
        <translation>Der Fehler beginnt in Zeile %1: %2</translation>
    </message>
    <message>
        <source>none (a CPU or ROCm build)</source>
        <translation>keine (ein CPU- oder ROCm-Build)</translation>
    </message>
    <message>
        <source>Stopped reading %1 after %2 MiB; the counts cover the first %2 MiB (%3 lines). Send a shorter excerpt to have all of it read.</source>
        <translation>Lesen von %1 nach %2 MiB beendet; die Zählungen umfassen die ersten %2 MiB (%3 Zeilen). Senden Sie einen kürzeren Auszug, damit alles gelesen wird.</translation>
    </message>
    <message>
        <source>The path %1 contains the control character U+%2.</source>
        <translation>Der Pfad %1 enthält das Steuerzeichen U+%2.</translation>
    </message>
    <message>
        <source>Remove it: a path dlstack writes must be printable text.</source>
        <translation>Entfernen Sie es: ein Pfad, den dlstack schreibt, muss druckbarer Text sein.</translation>
    </message>
    <message>
        <source>The path %1 is outside %2.</source>
        <translation>Der Pfad %1 liegt außerhalb von %2.</translation>
    </message>
    <message>
        <source>Choose a path below one of them.</source>
        <translation>Wählen Sie einen Pfad unterhalb eines davon.</translation>
    </message>
    <message>
        <source>The path %1 cannot be used: %2 is not a directory.</source>
        <translation>Der Pfad %1 ist nicht verwendbar: %2 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Remove that file or choose another path.</source>
        <translation>Entfernen Sie diese Datei oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>The path %1 leads out of %2.</source>
        <translation>Der Pfad %1 führt aus %2 hinaus.</translation>
    </message>
    <message>
        <source>The path %1 leads out of %2 through the symbolic link %3 (-&gt; %4).</source>
        <translation>Der Pfad %1 führt über den symbolischen Link %3 (-&gt; %4) aus %2 hinaus.</translation>
    </message>
    <message>
        <source>dlstack writes only below %1. Remove or change that link, or choose another path.</source>
        <translation>dlstack schreibt nur unterhalb von %1. Entfernen oder ändern Sie diesen Link, oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>The path %1 passes through more than %2 symbolic links.</source>
        <translation>Der Pfad %1 führt über mehr als %2 symbolische Links.</translation>
    </message>
    <message>
        <source>A link probably points at itself; remove it.</source>
        <translation>Ein Link zeigt wahrscheinlich auf sich selbst; entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>The path %1 is inside %2, which plan steps may not change.</source>
        <translation>Der Pfad %1 liegt in %2, das Plan-Schritte nicht ändern dürfen.</translation>
    </message>
    <message>
        <source>Choose a path outside %1.</source>
        <translation>Wählen Sie einen Pfad außerhalb von %1.</translation>
    </message>
    <message>
        <source>The plan could not be kept in the prefix (%1); to resume, give its file again.</source>
        <translation>Der Plan konnte nicht im Präfix abgelegt werden (%1); geben Sie zum Fortsetzen seine Datei erneut an.</translation>
    </message>
    <message>
        <source>This prefix ran another plan before; it is kept as %1.</source>
        <translation>Dieses Präfix hat zuvor einen anderen Plan ausgeführt; er ist als %1 abgelegt.</translation>
    </message>
    <message>
        <source>The directory %1 could not be created.</source>
        <translation>Das Verzeichnis %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Run dlstack on %1 itself. To keep the copy as plain files, remove %2.</source>
        <translation>Führen Sie dlstack auf %1 selbst aus. Um die Kopie als einfache Dateien zu behalten, entfernen Sie %2.</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;.</source>
        <translation>Unbekanntes Ereignis „%1“.</translation>
    </message>
    <message>
        <source>The %1 event has no &quot;%2&quot;.</source>
        <translation>Dem Ereignis %1 fehlt „%2“.</translation>
    </message>
    <message>
        <source>The event log %1 could not be opened.</source>
        <translation>Das Ereignis-Log %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the folder and the free disk space.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The build log %1 could not be opened.</source>
        <translation>Das Build-Log %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Remove it; dlstack writes the stage&apos;s log there.</source>
        <translation>Entfernen Sie es; dlstack schreibt dort das Log der Stufe.</translation>
    </message>
    <message>
        <source>The log %1 could not be written.</source>
        <translation>Das Log %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check the free disk space.</source>
        <translation>Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Unknown compiler launcher &quot;%1&quot; in the selection.</source>
        <translation>Unbekannter Compiler-Launcher „%1“ in der Auswahl.</translation>
    </message>
    <message>
        <source>Use ccache, sccache or distcc.</source>
        <translation>Verwenden Sie ccache, sccache oder distcc.</translation>
    </message>
    <message>
        <source>&quot;outranks&quot; of %1 must be an array of other rules&apos; ids</source>
        <translation>„outranks“ von %1 muss eine Liste der IDs anderer Regeln sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the arch list is not a CUDA architecture.</source>
        <translation>„%1“ in der Arch-Liste ist keine CUDA-Architektur.</translation>
    </message>
    <message>
        <source>Write compute capabilities like 8.6 or 9.0+PTX.</source>
        <translation>Schreiben Sie Compute Capabilities wie 8.6 oder 9.0+PTX.</translation>
    </message>
    <message>
        <source>CUDA %1 does not know %2 (%3) from the arch list: it compiles for %4 to %5.</source>
        <translation>CUDA %1 kennt %2 (%3) aus der Arch-Liste nicht: Es kompiliert für %4 bis %5.</translation>
    </message>
    <message>
        <source>Drop %1 from --arch-list, or pick a CUDA version that still targets it.</source>
        <translation>Entfernen Sie %1 aus --arch-list oder wählen Sie eine CUDA-Version, die es noch unterstützt.</translation>
    </message>
    <message>
        <source>The install downloads nothing, so it needs no internet connection.</source>
        <translation>Die Installation lädt nichts herunter und braucht daher keine Internetverbindung.</translation>
    </message>
    <message>
        <source>Every server the install downloads from answers (%1).</source>
        <translation>Jeder Server, von dem die Installation lädt, antwortet (%1).</translation>
    </message>
    <message>
        <source> through the proxy %1</source>
        <translation> über den Proxy %1</translation>
    </message>
    <message>
        <source>This machine is offline: %1 cannot be reached%2 (%3); download everything on a machine with internet with `dlstack bundle PLAN.json DIR`, copy DIR here and choose it as the offline folder (--offline-folder DIR).</source>
        <translation>Dieser Rechner ist offline: %1 ist nicht erreichbar%2 (%3); laden Sie alles auf einem Rechner mit Internet mit `dlstack bundle PLAN.json DIR` herunter, kopieren Sie DIR hierher und wählen Sie ihn als Offline-Ordner (--offline-folder DIR).</translation>
    </message>
    <message>
        <source>%1 cannot be reached%2 (%3), so the stages that download from there will fail; check the network or proxy, or fill an offline folder with `dlstack bundle PLAN.json DIR` and choose it (--offline-folder DIR).</source>
        <translation>%1 ist nicht erreichbar%2 (%3), daher scheitern die Stufen, die von dort laden; prüfen Sie Netz oder Proxy, oder füllen Sie mit `dlstack bundle PLAN.json DIR` einen Offline-Ordner und wählen Sie ihn (--offline-folder DIR).</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort binnen %1 s</translation>
    </message>
    <message>
        <source>the proxy answered HTTP %1</source>
        <translation>der Proxy antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; trying again in %3 s (attempt %4 of %5)</source>
        <translation>%1: %2; neuer Versuch in %3 s (Versuch %4 von %5)</translation>
    </message>
    <message>
        <source>%1 is not text (it holds control bytes that no tool output has); nothing was read from it. Send the output as plain text.</source>
        <translation>%1 ist kein Text (die Datei enthält Steuerbytes, die keine Tool-Ausgabe hat); es wurde nichts daraus gelesen. Schicken Sie die Ausgabe als reinen Text.</translation>
    </message>
    <message>
        <source>%1: no part of it is in a format dlstack reads (collect_env, nvidia-smi, nvcc, rocminfo, rocm-smi, amd-smi, conda info, os-release and the others `dlstack import --help` lists).</source>
        <translation>%1: Kein Teil davon liegt in einem Format vor, das dlstack liest (collect_env, nvidia-smi, nvcc, rocminfo, rocm-smi, amd-smi, conda info, os-release und die anderen, die `dlstack import --help` aufführt).</translation>
    </message>
    <message>
        <source>%1 is read as %2 but does not show %3; the text may have been cut short.</source>
        <translation>%1 wird als %2 gelesen, zeigt aber %3 nicht; der Text wurde vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>%1, compute capability from the GPU-name table</source>
        <translation>%1, Compute Capability aus der Tabelle der GPU-Namen</translation>
    </message>
    <message>
        <source>%1, CUDA version from the driver table</source>
        <translation>%1, CUDA-Version aus der Treibertabelle</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>a commit is 40 lower-case hex digits</source>
        <translation>ein Commit besteht aus 40 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>Apex ref %1 is listed twice</source>
        <translation>Apex-Ref %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>expected a non-empty list of strings</source>
        <translation>nicht leere Liste von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>Apex ref %1 is not one of apex_refs</source>
        <translation>Apex-Ref %1 gehört nicht zu apex_refs</translation>
    </message>
    <message>
        <source>the container&apos;s PyTorch %1 is not a %2.%3 build</source>
        <translation>das PyTorch %1 des Containers ist kein %2.%3-Build</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pip version specifier like &quot;&gt;=10.13.0,&lt;10.14.0&quot;</source>
        <translation>&quot;%1&quot; ist kein pip-Versionsbezeichner wie &quot;&gt;=10.13.0,&lt;10.14.0&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CUDA major version</source>
        <translation>&quot;%1&quot; ist keine CUDA-Hauptversion</translation>
    </message>
    <message>
        <source>an XPU variant names what the machine needs besides the wheels</source>
        <translation>eine XPU-Variante nennt, was der Rechner außer den Wheels benötigt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; gehört nicht zu %2</translation>
    </message>
    <message>
        <source>must be cuda, rocm, xpu or cpu, not &quot;%1&quot;</source>
        <translation>muss cuda, rocm, xpu oder cpu sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An Intel XPU install was chosen together with a CUDA or ROCm version.</source>
        <translation>Eine Intel-XPU-Installation wurde zusammen mit einer CUDA- oder ROCm-Version gewählt.</translation>
    </message>
    <message>
        <source>Drop --xpu, or drop --cuda/--rocm.</source>
        <translation>Lassen Sie --xpu weg oder lassen Sie --cuda/--rocm weg.</translation>
    </message>
    <message>
        <source>dlstack installs PyTorch for Intel GPUs from PyTorch&apos;s XPU wheels only; a source build for XPU (with Intel&apos;s Deep Learning Essentials) is not planned.</source>
        <translation>dlstack installiert PyTorch für Intel-GPUs nur aus den XPU-Wheels von PyTorch; ein Build aus dem Quellcode für XPU (mit den Deep Learning Essentials von Intel) ist nicht vorgesehen.</translation>
    </message>
    <message>
        <source>Use the prebuilt route (--route prebuilt) with --xpu.</source>
        <translation>Verwenden Sie mit --xpu den Weg mit vorgefertigten Wheels (--route prebuilt).</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2 (%3): check the proxy (the Options page&apos;s, or https_proxy, http_proxy and no_proxy), or download everything on a machine with internet with `dlstack bundle PLAN.json DIR`, copy DIR here and choose it as the offline folder (--offline-folder DIR).</source>
        <translation>%1 ist über den Proxy %2 nicht erreichbar (%3): Prüfen Sie den Proxy (den der Seite „Optionen“ oder https_proxy, http_proxy und no_proxy) oder laden Sie alles auf einem Rechner mit Internet mit `dlstack bundle PLAN.json DIR` herunter, kopieren Sie DIR hierher und wählen Sie es als Offline-Ordner (--offline-folder DIR).</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>&quot;refines&quot; of %1 must be an array of other rules&apos; ids</source>
        <translation>„refines“ von %1 muss eine Liste der IDs anderer Regeln sein</translation>
    </message>
    <message>
        <source>Newest PyTorch with XPU wheels; they run on the %1 through Level Zero.</source>
        <translation>Neuestes PyTorch mit XPU-Wheels; sie laufen über Level Zero auf der %1.</translation>
    </message>
    <message>
        <source>Older release; its XPU wheels also run on the %1.</source>
        <translation>Ältere Version; ihre XPU-Wheels laufen auch auf der %1.</translation>
    </message>
    <message>
        <source>PyTorch %1 publishes no wheel with kernels for %2; built from source with CUDA %3, which still targets it, it runs there.</source>
        <translation>PyTorch %1 veröffentlicht kein Wheel mit Kerneln für %2; aus dem Quellcode gebaut mit CUDA %3, das sie noch unterstützt, läuft es dort.</translation>
    </message>
    <message>
        <source>No installed gcc fits both CUDA %1 (gcc %2 or older) and PyTorch %3, so a conda environment brings conda-forge&apos;s gcc %2.</source>
        <translation>Kein installierter gcc passt sowohl zu CUDA %1 (gcc %2 oder älter) als auch zu PyTorch %3, daher bringt eine conda-Umgebung den gcc %2 von conda-forge mit.</translation>
    </message>
    <message>
        <source>Works on the %1 once Intel&apos;s GPU driver packages (Level Zero and compute-runtime) are installed (see the findings).</source>
        <translation>Läuft auf der %1, sobald Intels GPU-Treiberpakete (Level Zero und compute-runtime) installiert sind (siehe die Befunde).</translation>
    </message>
    <message>
        <source>Build: CUDA %1 (%2), %3, TORCH_CUDA_ARCH_LIST=%4, MAX_JOBS=%5; %6 in all.</source>
        <translation>Bau: CUDA %1 (%2), %3, TORCH_CUDA_ARCH_LIST=%4, MAX_JOBS=%5; insgesamt %6.</translation>
    </message>
    <message>
        <source>No Apex tag goes with PyTorch %1: the matrix records none for any release.</source>
        <translation>Kein Apex-Tag gehört zu PyTorch %1: Die Matrix verzeichnet für keine Version eines.</translation>
    </message>
    <message>
        <source>Drop apex.</source>
        <translation>Lassen Sie apex weg.</translation>
    </message>
    <message>
        <source>Apex&apos;s tags follow NVIDIA&apos;s PyTorch containers of the same name.</source>
        <translation>Die Tags von Apex folgen den gleichnamigen PyTorch-Containern von NVIDIA.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: none for PyTorch %2.</source>
        <translation>%1: keines für PyTorch %2.</translation>
    </message>
    <message>
        <source>Pick PyTorch %1 (Apex %2) or %3 (Apex %4), or drop apex.</source>
        <translation>Wählen Sie PyTorch %1 (Apex %2) oder %3 (Apex %4), oder lassen Sie apex weg.</translation>
    </message>
    <message>
        <source>Pick PyTorch %1 (Apex %2), or drop apex.</source>
        <translation>Wählen Sie PyTorch %1 (Apex %2), oder lassen Sie apex weg.</translation>
    </message>
    <message>
        <source>No Apex tag goes with PyTorch %1: %2.</source>
        <translation>Kein Apex-Tag gehört zu PyTorch %1: %2.</translation>
    </message>
    <message>
        <source>the package for CUDA %1 is named magma-cuda%2</source>
        <translation>das Paket für CUDA %1 heißt magma-cuda%2</translation>
    </message>
    <message>
        <source>Extras are torchvision, torchaudio, torchtext (optionally ==VERSION), apex, tensorrt, opencv, opencv-cuda and test-nn (source builds).</source>
        <translation>Zusätze sind torchvision, torchaudio, torchtext (wahlweise ==VERSION), apex, tensorrt, opencv, opencv-cuda und test-nn (Builds aus dem Quellcode).</translation>
    </message>
    <message>
        <source>Nothing of stage %1 was installed in this prefix yet.</source>
        <translation>Von Stufe %1 wurde in diesem Präfix noch nichts installiert.</translation>
    </message>
    <message>
        <source>Install the plan first; rebuild runs its build again after an edit.</source>
        <translation>Installieren Sie zuerst den Plan; rebuild führt dessen Build nach einer Änderung erneut aus.</translation>
    </message>
    <message>
        <source>Stage %1 was rolled back: its build is no longer installed.</source>
        <translation>Stufe %1 wurde zurückgerollt: ihr Build ist nicht mehr installiert.</translation>
    </message>
    <message>
        <source>Install it again first: %1</source>
        <translation>Installieren Sie sie zuerst erneut: %1</translation>
    </message>
    <message>
        <source>The build of stage %1 has not finished yet (the stage is %2).</source>
        <translation>Der Build der Stufe %1 ist noch nicht fertig (die Stufe ist %2).</translation>
    </message>
    <message>
        <source>Finish the install first: %1 continues the build where it stopped.</source>
        <translation>Schließen Sie zuerst die Installation ab: %1 setzt den Build dort fort, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>The plan has no step %1 in stage &quot;%2&quot;.</source>
        <translation>Der Plan hat keinen Schritt %1 in Stufe „%2“.</translation>
    </message>
    <message>
        <source>The rebuild was cancelled.</source>
        <translation>Der Neubau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Run dlstack rebuild again; the build goes on from what it had compiled.</source>
        <translation>Führen Sie dlstack rebuild erneut aus; der Build setzt bei dem bereits Übersetzten fort.</translation>
    </message>
    <message>
        <source>&quot;develop&quot; in the selection&apos;s build options must be true or false.</source>
        <translation>„develop“ in den Build-Optionen der Auswahl muss true oder false sein.</translation>
    </message>
    <message>
        <source>Write &quot;develop&quot;: true for an editable source build, or leave it out.</source>
        <translation>Schreiben Sie &quot;develop&quot;: true für einen editierbaren Quell-Build, oder lassen Sie es weg.</translation>
    </message>
    <message>
        <source>A development install (--develop) installs PyTorch editable from its source tree, and prebuilt wheels have no source tree.</source>
        <translation>Eine Entwicklungsinstallation (--develop) installiert PyTorch editierbar aus seinem Quellbaum, und vorgefertigte Wheels haben keinen Quellbaum.</translation>
    </message>
    <message>
        <source>Add --route source to build PyTorch from source, or drop --develop.</source>
        <translation>Fügen Sie --route source hinzu, um PyTorch aus den Quellen zu bauen, oder lassen Sie --develop weg.</translation>
    </message>
    <message>
        <source>a release with a tensorrt pairing cannot also say why it has none</source>
        <translation>ein Release mit einer tensorrt-Zuordnung kann nicht zugleich angeben, warum es keine hat</translation>
    </message>
    <message>
        <source>%1, line %2 is an error message: %3</source>
        <translation>%1, Zeile %2 ist eine Fehlermeldung: %3</translation>
    </message>
    <message>
        <source>&quot;missing_tools&quot; of %1 must be a non-empty array of program names (letters, digits and _ . + -)</source>
        <translation>&quot;missing_tools&quot; von %1 muss ein nicht leeres Array von Programmnamen sein (Buchstaben, Ziffern und _ . + -)</translation>
    </message>
    <message>
        <source>progress rule %1 needs &quot;clears&quot;: an array of the causes it clears</source>
        <translation>Fortschrittsregel %1 braucht &quot;clears&quot;: eine Liste der Ursachen, die sie aufhebt</translation>
    </message>
    <message>
        <source>&quot;role&quot; of %1 must be &quot;cause&quot;, &quot;anchor&quot; or &quot;progress&quot;</source>
        <translation>&quot;role&quot; von %1 muss &quot;cause&quot;, &quot;anchor&quot; oder &quot;progress&quot; sein</translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <source>The log holds no verification report.</source>
        <translation>Das Protokoll enthält keinen Prüfbericht.</translation>
    </message>
    <message>
        <source>The verify stage writes one when it runs to the end; open the log to see where it stopped.</source>
        <translation>Die Prüfstufe schreibt einen, wenn sie bis zum Ende läuft; öffnen Sie das Protokoll, um zu sehen, wo sie stehen blieb.</translation>
    </message>
    <message>
        <source>built for CUDA %1</source>
        <translation>gebaut für CUDA %1</translation>
    </message>
    <message>
        <source>built for ROCm (HIP %1)</source>
        <translation>gebaut für ROCm (HIP %1)</translation>
    </message>
    <message>
        <source>built for Intel GPUs (XPU)</source>
        <translation>gebaut für Intel-GPUs (XPU)</translation>
    </message>
    <message>
        <source>built for the CPU only</source>
        <translation>nur für die CPU gebaut</translation>
    </message>
    <message>
        <source>PyTorch %1 imports with Python %2, %3.</source>
        <translation>PyTorch %1 lässt sich mit Python %2 importieren, %3.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>It sees %n GPU(s) (%1) and computes on each as on the CPU.</source>
        <translation>
            <numerusform>Es sieht %n GPU (%1) und rechnet darauf wie auf der CPU.</numerusform>
            <numerusform>Es sieht %n GPUs (%1) und rechnet auf jeder wie auf der CPU.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It sees %n GPU(s) (%1), but not every one computes right.</source>
        <translation>
            <numerusform>Es sieht %n GPU (%1), aber sie rechnet nicht richtig.</numerusform>
            <numerusform>Es sieht %n GPUs (%1), aber nicht jede rechnet richtig.</numerusform>
        </translation>
    </message>
    <message>
        <source>A C++/CUDA extension compiles and runs on the GPU.</source>
        <translation>Eine C++/CUDA-Erweiterung lässt sich übersetzen und läuft auf der GPU.</translation>
    </message>
    <message>
        <source>A C++ extension compiles and runs.</source>
        <translation>Eine C++-Erweiterung lässt sich übersetzen und läuft.</translation>
    </message>
    <message>
        <source>Apex %1 imports; its fused layer norm (CUDA extension) runs forward and backward on the GPU.</source>
        <translation>Apex %1 lässt sich importieren; seine Fused Layer Norm (CUDA-Erweiterung) läuft vorwärts und rückwärts auf der GPU.</translation>
    </message>
    <message>
        <source>Apex %1 imports.</source>
        <translation>Apex %1 lässt sich importieren.</translation>
    </message>
    <message>
        <source>torch-tensorrt %1 with TensorRT %2 builds and runs an engine on the GPU.</source>
        <translation>torch-tensorrt %1 mit TensorRT %2 baut eine Engine und führt sie auf der GPU aus.</translation>
    </message>
    <message>
        <source>torch-tensorrt %1 with TensorRT %2 imports.</source>
        <translation>torch-tensorrt %1 mit TensorRT %2 lässt sich importieren.</translation>
    </message>
    <message>
        <source>Everything the plan promised was checked and works.</source>
        <translation>Alles, was der Plan versprochen hat, wurde geprüft und funktioniert.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to dlstack</source>
        <translation>Willkommen bei dlstack</translation>
    </message>
    <message>
        <source>A working PyTorch on this machine, from a combination that is known to work.</source>
        <translation>Ein funktionierendes PyTorch auf diesem Rechner, aus einer Kombination, die bekanntermaßen funktioniert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;dlstack will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;look at this machine: GPU, driver, CUDA or ROCm, compilers, Python and existing environments;&lt;/li&gt;&lt;li&gt;offer only PyTorch stacks that are tested to work with what it found, and say why the others are not offered;&lt;/li&gt;&lt;li&gt;install the stack into a new environment, step by step, with a log you can read;&lt;/li&gt;&lt;li&gt;tell you the one command that activates it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing outside the install folder you choose is changed, and every step can be rolled back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;dlstack wird:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;diesen Rechner untersuchen: GPU, Treiber, CUDA oder ROCm, Compiler, Python und bestehende Umgebungen;&lt;/li&gt;&lt;li&gt;nur PyTorch-Stacks anbieten, die mit dem Gefundenen getestet funktionieren, und sagen, warum die anderen nicht angeboten werden;&lt;/li&gt;&lt;li&gt;den Stack Schritt für Schritt in eine neue Umgebung installieren, mit einem Log, das Sie lesen können;&lt;/li&gt;&lt;li&gt;Ihnen den einen Befehl nennen, der sie aktiviert.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Außerhalb des von Ihnen gewählten Installationsordners wird nichts geändert, und jeder Schritt kann zurückgenommen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The built-in version matrix could not be read: %1</source>
        <translation>Die eingebaute Versionsmatrix konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the install needs:&lt;/b&gt; an internet connection (prebuilt CUDA wheels are about %1 to download, a CUDA toolkit about %2 more, CPU wheels about %3), disk space (about %4 for CUDA wheels, %5 or more for a build from source) and time (minutes for wheels, hours for a build from source). The Review page shows the figures for your choices.&lt;/p&gt;&lt;p&gt;No internet on this machine? Fill an offline folder on one that has it with &lt;code&gt;dlstack bundle&lt;/code&gt; and choose that folder on the Options page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was die Installation braucht:&lt;/b&gt; eine Internetverbindung (vorgebaute CUDA-Wheels sind etwa %1 groß, ein CUDA-Toolkit etwa %2 mehr, CPU-Wheels etwa %3), Speicherplatz (etwa %4 für CUDA-Wheels, %5 oder mehr für einen Bau aus dem Quellcode) und Zeit (Minuten für Wheels, Stunden für einen Bau aus dem Quellcode). Die Seite „Überprüfen“ zeigt die Zahlen für Ihre Auswahl.&lt;/p&gt;&lt;p&gt;Kein Internet auf diesem Rechner? Füllen Sie auf einem Rechner mit Internet mit &lt;code&gt;dlstack bundle&lt;/code&gt; einen Offline-Ordner und wählen Sie ihn auf der Seite Optionen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WizardMain</name>
    <message>
        <source>An install stopped part-way</source>
        <translation>Eine Installation wurde unterwegs beendet</translation>
    </message>
    <message>
        <source>The install into %1 stopped before it finished. Open it to resume it or to roll stages back?</source>
        <translation>Die Installation in %1 wurde vor dem Ende beendet. Öffnen, um sie fortzusetzen oder Stufen zurückzunehmen?</translation>
    </message>
    <message>
        <source>Usage: dlstack-wizard [--plan FILE | --log FILE]</source>
        <translation>Aufruf: dlstack-wizard [--plan DATEI | --log DATEI]</translation>
    </message>
    <message>
        <source>Set up a deep-learning stack: detect this machine, pick a tested PyTorch stack, install it and see why a build failed.</source>
        <translation>Einen Deep-Learning-Stack einrichten: diesen Rechner erkennen, einen getesteten PyTorch-Stack wählen, ihn installieren und sehen, warum ein Build fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>  --plan FILE   run an existing plan (made by `dlstack plan` or exported by the wizard)</source>
        <translation>  --plan DATEI  einen vorhandenen Plan ausführen (erstellt mit `dlstack plan` oder vom Assistenten exportiert)</translation>
    </message>
    <message>
        <source>  --log FILE    open a build log in the log inspector alone</source>
        <translation>  --log DATEI   ein Build-Log allein im Log-Inspektor öffnen</translation>
    </message>
    <message>
        <source>  --version     print the version</source>
        <translation>  --version     die Version ausgeben</translation>
    </message>
    <message>
        <source>  -h, --help    print this help</source>
        <translation>  -h, --help    diese Hilfe ausgeben</translation>
    </message>
    <message>
        <source>The command line `dlstack` does the same without a window: dlstack --help.</source>
        <translation>Die Befehlszeile `dlstack` kann dasselbe ohne Fenster: dlstack --help.</translation>
    </message>
    <message>
        <source>%1 needs a file: dlstack-wizard %1 FILE</source>
        <translation>%1 braucht eine Datei: dlstack-wizard %1 DATEI</translation>
    </message>
    <message>
        <source>Unknown option %1. See dlstack-wizard --help.</source>
        <translation>Unbekannte Option %1. Siehe dlstack-wizard --help.</translation>
    </message>
    <message>
        <source>dlstack-wizard needs a graphical session (no DISPLAY or WAYLAND_DISPLAY is set). Over SSH use `ssh -X`, or use the command line instead: dlstack --help.</source>
        <translation>dlstack-wizard braucht eine grafische Sitzung (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Verwenden Sie über SSH `ssh -X` oder stattdessen die Befehlszeile: dlstack --help.</translation>
    </message>
</context>
<context>
    <name>WizardState</name>
    <message>
        <source>driver %1</source>
        <translation>Treiber %1</translation>
    </message>
    <message>
        <source>another machine</source>
        <translation>einen anderen Rechner</translation>
    </message>
</context>
<context>
    <name>XpuRule</name>
    <message>
        <source>No Intel GPU is in the profile; the XPU wheels are planned for the machine they run on.</source>
        <translation>Das Profil enthält keine Intel-GPU; die XPU-Wheels werden für den Rechner geplant, auf dem sie laufen.</translation>
    </message>
    <message>
        <source>No Intel GPU was found, so PyTorch&apos;s XPU build has nothing to run on.</source>
        <translation>Es wurde keine Intel-GPU gefunden, daher hat der XPU-Build von PyTorch nichts, worauf er laufen kann.</translation>
    </message>
    <message>
        <source>Check on the machine with the Intel GPU before installing there.</source>
        <translation>Prüfen Sie auf dem Rechner mit der Intel-GPU, bevor Sie dort installieren.</translation>
    </message>
    <message>
        <source>This machine has an NVIDIA GPU: pick a CUDA build (--cuda X.Y).</source>
        <translation>Dieser Rechner hat eine NVIDIA-GPU: Wählen Sie einen CUDA-Build (--cuda X.Y).</translation>
    </message>
    <message>
        <source>This machine has an AMD GPU: pick a ROCm build (--rocm X.Y).</source>
        <translation>Dieser Rechner hat eine AMD-GPU: Wählen Sie einen ROCm-Build (--rocm X.Y).</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu).</source>
        <translation>Wählen Sie einen reinen CPU-Build (--cpu).</translation>
    </message>
    <message>
        <source>The %1 needs Intel&apos;s GPU driver in user space for PyTorch&apos;s XPU build, and %2 %3 not found.</source>
        <translation>Die %1 benötigt für den XPU-Build von PyTorch den GPU-Treiber von Intel im User Space, und %2 %3 nicht gefunden.</translation>
    </message>
    <message>
        <source>were</source>
        <translation>wurden</translation>
    </message>
    <message>
        <source>was</source>
        <translation>wurde</translation>
    </message>
    <message>
        <source>Install Intel&apos;s GPU driver packages (Level Zero and compute-runtime), then detect again.</source>
        <translation>Installieren Sie die GPU-Treiberpakete von Intel (Level Zero und compute-runtime) und führen Sie dann die Erkennung erneut aus.</translation>
    </message>
    <message>
        <source>Install Intel&apos;s GPU driver packages (Level Zero and compute-runtime) as %1 describes, then detect again.</source>
        <translation>Installieren Sie die GPU-Treiberpakete von Intel (Level Zero und compute-runtime) wie in %1 beschrieben und führen Sie dann die Erkennung erneut aus.</translation>
    </message>
    <message>
        <source>Neither the i915 nor the xe kernel module is loaded, so the %1 may not be usable.</source>
        <translation>Weder das Kernelmodul i915 noch xe ist geladen, daher ist die %1 möglicherweise nicht nutzbar.</translation>
    </message>
    <message>
        <source>Load the module Intel&apos;s driver guide names for this GPU (`sudo modprobe i915` or `sudo modprobe xe`), or install a kernel that has it.</source>
        <translation>Laden Sie das Modul, das Intels Treiberanleitung für diese GPU nennt (`sudo modprobe i915` oder `sudo modprobe xe`), oder installieren Sie einen Kernel, der es enthält.</translation>
    </message>
    <message>
        <source>PyTorch %1&apos;s XPU wheels also need Intel&apos;s support package for PyTorch (Intel Deep Learning Essentials), with its environment set before torch is imported.</source>
        <translation>Die XPU-Wheels von PyTorch %1 benötigen außerdem das Support-Paket von Intel für PyTorch (Intel Deep Learning Essentials), dessen Umgebung gesetzt sein muss, bevor torch importiert wird.</translation>
    </message>
    <message>
        <source>Install it and source its setvars.sh as %1 describes, or pick PyTorch 2.6 or newer, whose XPU wheels need the GPU driver only.</source>
        <translation>Installieren Sie es und führen Sie seine setvars.sh mit source aus, wie in %1 beschrieben, oder wählen Sie PyTorch 2.6 oder neuer, dessen XPU-Wheels nur den GPU-Treiber benötigen.</translation>
    </message>
    <message>
        <source>The %1 is not a GPU PyTorch&apos;s XPU build is validated on (Arc A- and B-series, Core Ultra with Arc graphics, Data Center GPU Max); torch.xpu may not use it.</source>
        <translation>Die %1 ist keine GPU, für die PyTorchs XPU-Build validiert ist (Arc A- und B-Serie, Core Ultra mit Arc-Grafik, Data Center GPU Max); torch.xpu nutzt sie womöglich nicht.</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu), or check Intel&apos;s list of supported GPUs first.</source>
        <translation>Wählen Sie einen reinen CPU-Build (--cpu), oder prüfen Sie zuerst Intels Liste der unterstützten GPUs.</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu), or check the GPU against %1 first.</source>
        <translation>Wählen Sie einen reinen CPU-Build (--cpu), oder prüfen Sie die GPU zuerst anhand von %1.</translation>
    </message>
</context>
<context>
    <name>XpuSmiParser</name>
    <message>
        <source>xpu-smi lists a GPU in the state &quot;%1&quot;: it cannot run work until that is resolved (for survivability mode, xpu-smi&apos;s Recovery Action row says what to do, usually a firmware update).</source>
        <translation>xpu-smi führt eine GPU im Zustand „%1“: Sie kann keine Arbeit ausführen, bis das behoben ist (im Survivability-Modus sagt die Zeile Recovery Action von xpu-smi, was zu tun ist, meist ein Firmware-Update).</translation>
    </message>
    <message>
        <source>xpu-smi found no GPU: the xe or i915 driver has not taken the card, or Level Zero&apos;s GPU driver (libze-intel-gpu1) is missing.</source>
        <translation>xpu-smi hat keine GPU gefunden: Der Treiber xe oder i915 hat die Karte nicht übernommen, oder der GPU-Treiber von Level Zero (libze-intel-gpu1) fehlt.</translation>
    </message>
</context>
</TS>
