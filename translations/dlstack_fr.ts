<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Amounts</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>environ 1 minute</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>environ %1 minutes</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>environ %1 heures</translation>
    </message>
</context>
<context>
    <name>AnsibleExporter</name>
    <message>
        <source>The plan holds a URL with a user name, password or query; the playbook would copy it to every host and into their results.</source>
        <translation>Le plan contient une URL avec un nom d’utilisateur, un mot de passe ou une requête ; le playbook la copierait sur chaque hôte et dans leurs résultats.</translation>
    </message>
    <message>
        <source>Keep the credential in the secret store (a download step&apos;s &quot;credential&quot;) or use the bash export, which reads such URLs from the environment.</source>
        <translation>Gardez les identifiants dans le trousseau (le « credential » d’un pas de téléchargement) ou utilisez l’export bash, qui lit ces URL depuis l’environnement.</translation>
    </message>
    <message>
        <source>The directory %1 cannot be made.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>Choose a directory you can write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>ApexRecipe</name>
    <message>
        <source>Apex is checked out at its tag %1, the Apex of NVIDIA&apos;s PyTorch container %2 (PyTorch %3), for torch %4 (%5).</source>
        <translation>Apex est extrait à son tag %1, l’Apex du conteneur PyTorch %2 de NVIDIA (PyTorch %3), pour torch %4 (%5).</translation>
    </message>
    <message>
        <source>The pairing of Apex %1 with torch %2 is not confirmed by a primary source; check the container&apos;s release notes before relying on it.</source>
        <translation>L’association d’Apex %1 avec torch %2 n’est confirmée par aucune source primaire ; vérifiez les notes de version du conteneur avant de vous y fier.</translation>
    </message>
    <message>
        <source>Apex %1 builds %2 (part of %3) for compute capability %4 whatever TORCH_CUDA_ARCH_LIST says, and CUDA %5 no longer compiles for it (its oldest is %6): the plan switches %2 off in setup.py before the build; the rest of Apex is built (%7).</source>
        <translation>Apex %1 compile %2 (partie de %3) pour la compute capability %4 quoi que dise TORCH_CUDA_ARCH_LIST, et CUDA %5 ne compile plus pour elle (la plus ancienne est %6) : le plan désactive %2 dans setup.py avant le build ; le reste d’Apex est compilé (%7).</translation>
    </message>
</context>
<context>
    <name>AppLog</name>
    <message>
        <source>The log %1 is not opened: %2 is already being written.</source>
        <translation>Le journal %1 n’est pas ouvert : %2 est déjà en cours d’écriture.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written (%2); continuing without it.</source>
        <translation>Le fichier journal %1 ne peut pas être écrit (%2) ; la suite se fait sans lui.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Check that the directory exists, is writable and has free space.</source>
        <translation>Vérifiez que le répertoire existe, est accessible en écriture et dispose d’espace libre.</translation>
    </message>
</context>
<context>
    <name>BackendRule</name>
    <message>
        <source>This machine has an AMD GPU (%1): pick a ROCm build (--rocm), or a CPU-only build (--cpu).</source>
        <translation>Cette machine a un GPU AMD (%1) : choisissez une build ROCm (--rocm) ou une build CPU uniquement (--cpu).</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu), or run the check on the machine with the GPU.</source>
        <translation>Choisissez une build CPU uniquement (--cpu), ou lancez la vérification sur la machine qui a le GPU.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU was found, so a CUDA build of PyTorch has nothing to run on.</source>
        <translation>Aucun GPU NVIDIA n’a été trouvé : une build CUDA de PyTorch n’a rien sur quoi s’exécuter.</translation>
    </message>
    <message>
        <source>No AMD GPU was found, so a ROCm build of PyTorch has nothing to run on.</source>
        <translation>Aucun GPU AMD n’a été trouvé : une build ROCm de PyTorch n’a rien sur quoi s’exécuter.</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu).</source>
        <translation>Choisissez une build CPU uniquement (--cpu).</translation>
    </message>
    <message>
        <source>This machine has an NVIDIA GPU: pick a CUDA build.</source>
        <translation>Cette machine a un GPU NVIDIA : choisissez une build CUDA.</translation>
    </message>
    <message>
        <source>A CPU-only build will not use the %1 in this machine.</source>
        <translation>Une build CPU uniquement n’utilisera pas le %1 de cette machine.</translation>
    </message>
    <message>
        <source>`dlstack recommend` lists GPU builds that run on it.</source>
        <translation>`dlstack recommend` liste les builds GPU qui y fonctionnent.</translation>
    </message>
    <message>
        <source>Under WSL the NVIDIA driver comes from Windows; do not install a Linux NVIDIA driver inside WSL.</source>
        <translation>Sous WSL, le pilote NVIDIA vient de Windows ; n’installez pas de pilote NVIDIA Linux dans WSL.</translation>
    </message>
    <message>
        <source>Update the driver on the Windows side when a newer one is needed.</source>
        <translation>Mettez à jour le pilote côté Windows lorsqu’une version plus récente est nécessaire.</translation>
    </message>
    <message>
        <source>The image is planned without a GPU; the container gets one from its host.</source>
        <translation>L’image est planifiée sans GPU ; le conteneur en reçoit un de son hôte.</translation>
    </message>
    <message>
        <source>The plan is for the machine of the profile; it is not installed here.</source>
        <translation>Le plan est destiné à la machine du profil ; il n’est pas installé ici.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU is in the profile; the CUDA build is planned for the arch list given or the wheels&apos; own.</source>
        <translation>Le profil ne contient aucun GPU NVIDIA ; la build CUDA est planifiée pour la liste d’architectures donnée ou celle des wheels.</translation>
    </message>
    <message>
        <source>No AMD GPU is in the profile; the ROCm build is planned for the targets given or the wheels&apos; own.</source>
        <translation>Le profil ne contient aucun GPU AMD ; la build ROCm est planifiée pour les cibles données ou celles des wheels.</translation>
    </message>
</context>
<context>
    <name>BuildDefaults</name>
    <message>
        <source>The smaller of the CPU cores (%1) and the GiB of memory / 3 (%2): a compile job of PyTorch takes about 3 GB.</source>
        <translation>La plus petite valeur entre les cœurs CPU (%1) et les Gio de mémoire / 3 (%2) : une tâche de compilation de PyTorch prend environ 3 Go.</translation>
    </message>
    <message>
        <source>The CPU cores (%1); the memory of this machine is not known.</source>
        <translation>Les cœurs CPU (%1) ; la mémoire de cette machine est inconnue.</translation>
    </message>
    <message>
        <source>Neither the cores nor the memory of this machine are known; %1 is a cautious guess.</source>
        <translation>Ni les cœurs ni la mémoire de cette machine ne sont connus ; %1 est une estimation prudente.</translation>
    </message>
    <message>
        <source>The %1 compile slots of the distcc hosts.</source>
        <translation>Les %1 emplacements de compilation des hôtes distcc.</translation>
    </message>
    <message>
        <source>The compute capabilities of this machine&apos;s NVIDIA GPUs that CUDA %1 can build for; +PTX lets newer GPUs run the code too.</source>
        <translation>Les compute capabilities des GPU NVIDIA de cette machine pour lesquelles CUDA %1 sait compiler ; +PTX permet aussi aux GPU plus récents d’exécuter le code.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU was found, so the list of the %1 wheels.</source>
        <translation>Aucun GPU NVIDIA trouvé, donc la liste des wheels %1.</translation>
    </message>
    <message>
        <source>The gfx targets of this machine&apos;s AMD GPUs.</source>
        <translation>Les cibles gfx des GPU AMD de cette machine.</translation>
    </message>
    <message>
        <source>No AMD GPU was found, so the targets of the %1 wheels.</source>
        <translation>Aucun GPU AMD trouvé, donc les cibles des wheels %1.</translation>
    </message>
</context>
<context>
    <name>BuildLibraries</name>
    <message>
        <source>MAGMA: %1 from the pytorch channel, as PyTorch %2&apos;s README installs it for CUDA %3 (%4; the package: %5).</source>
        <translation>MAGMA : %1 depuis le canal pytorch, comme le README de PyTorch %2 l’installe pour CUDA %3 (%4 ; le paquet : %5).</translation>
    </message>
    <message>
        <source>That torch %1 is the last release whose README installs magma-cuda packages is not confirmed by a primary source.</source>
        <translation>Que torch %1 soit la dernière version dont le README installe les paquets magma-cuda n’est confirmé par aucune source primaire.</translation>
    </message>
    <message>
        <source>PyTorch %1&apos;s README no longer installs the pytorch channel&apos;s magma-cuda packages, the last release that does is %2</source>
        <translation>le README de PyTorch %1 n’installe plus les paquets magma-cuda du canal pytorch, la dernière version qui le fait est %2</translation>
    </message>
    <message>
        <source>the pytorch channel has no magma-cuda%1</source>
        <translation>le canal pytorch n’a pas de magma-cuda%1</translation>
    </message>
    <message>
        <source>MAGMA: %1 from conda-forge for CUDA %2 (%3), since %4 (%5).</source>
        <translation>MAGMA : %1 depuis conda-forge pour CUDA %2 (%3), car %4 (%5).</translation>
    </message>
    <message>
        <source>The CUDA versions conda-forge builds %1 for are not confirmed by its package index.</source>
        <translation>Les versions de CUDA pour lesquelles conda-forge construit %1 ne sont pas confirmées par son index de paquets.</translation>
    </message>
    <message>
        <source>MAGMA: none is known for CUDA %1 (%2, and conda-forge&apos;s %3 is recorded for CUDA %4 only): PyTorch is built without MAGMA.</source>
        <translation>MAGMA : aucun n’est connu pour CUDA %1 (%2, et %3 de conda-forge n’est répertorié que pour CUDA %4) : PyTorch est construit sans MAGMA.</translation>
    </message>
    <message>
        <source>MAGMA and MKL are not installed for the build: PyTorch&apos;s README takes them from conda, and this plan&apos;s environment is a venv. PyTorch is built without MAGMA; choose a conda environment to have it.</source>
        <translation>MAGMA et MKL ne sont pas installés pour la compilation : le README de PyTorch les prend dans conda, et l’environnement de ce plan est un venv. PyTorch est construit sans MAGMA ; choisissez un environnement conda pour l’avoir.</translation>
    </message>
    <message>
        <source>%1 from conda-forge for the build, as PyTorch&apos;s README installs them on %2 (%3).</source>
        <translation>%1 depuis conda-forge pour la compilation, comme le README de PyTorch les installe sur %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Bundler</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>Le dossier %1 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or make this one writable for your user.</source>
        <translation>Choisissez un dossier où vous pouvez écrire, ou rendez celui-ci accessible en écriture pour votre utilisateur.</translation>
    </message>
    <message>
        <source>download %1</source>
        <translation>téléchargement : %1</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Impossible de déplacer le téléchargement vers %1.</translation>
    </message>
    <message>
        <source>pip download %1</source>
        <translation>pip download %1</translation>
    </message>
    <message>
        <source>pip download failed for %1.</source>
        <translation>pip download a échoué pour %1.</translation>
    </message>
    <message>
        <source>Check the network and the package index, then run the bundle again.</source>
        <translation>Vérifiez le réseau et l’index de paquets, puis relancez le bundle.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks one PyTorch selection against this machine (or a saved or imported profile) and says what blocks it and what to do. Exit code: 0 ok or warnings, 1 blocked, 2 bad arguments.</source>
        <translation>Vérifie une sélection PyTorch par rapport à cette machine (ou à un profil enregistré ou importé) et indique ce qui la bloque et que faire. Code de sortie : 0 correct ou avertissements, 1 bloqué, 2 arguments invalides.</translation>
    </message>
    <message>
        <source>Print {verdict, findings} as JSON.</source>
        <translation>Afficher {verdict, findings} en JSON.</translation>
    </message>
    <message>
        <source>check takes no positional arguments: %1</source>
        <translation>check n’accepte pas d’arguments positionnels : %1</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>PyTorch %1 is not in the tested matrix.</source>
        <translation>PyTorch %1 ne figure pas dans la matrice testée.</translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation>Choisissez une version listée par `dlstack matrix`.</translation>
    </message>
    <message>
        <source>CUDA %1 is not in the tested matrix.</source>
        <translation>CUDA %1 ne figure pas dans la matrice testée.</translation>
    </message>
    <message>
        <source>Pick a CUDA version listed by `dlstack matrix --torch %1`.</source>
        <translation>Choisissez une version de CUDA listée par `dlstack matrix --torch %1`.</translation>
    </message>
    <message>
        <source>ROCm %1 is not in the tested matrix.</source>
        <translation>ROCm %1 ne figure pas dans la matrice testée.</translation>
    </message>
    <message>
        <source>Pick a ROCm version listed by `dlstack matrix --torch %1`.</source>
        <translation>Choisissez une version de ROCm listée par `dlstack matrix --torch %1`.</translation>
    </message>
    <message>
        <source>PyTorch %1 has no official %2 wheels.</source>
        <translation>PyTorch %1 n’a pas de wheels %2 officielles.</translation>
    </message>
    <message>
        <source>Pick one of the published variants (%1), or build from source (--route source).</source>
        <translation>Choisissez l’une des variantes publiées (%1), ou compilez depuis les sources (--route source).</translation>
    </message>
    <message>
        <source>PyTorch %1 was not released with CUDA %2; a build may work but was not tested by PyTorch.</source>
        <translation>PyTorch %1 n’a pas été publié avec CUDA %2 ; une build peut fonctionner mais n’a pas été testée par PyTorch.</translation>
    </message>
    <message>
        <source>Prefer a CUDA version of its wheels (%1).</source>
        <translation>Préférez une version de CUDA de ses wheels (%1).</translation>
    </message>
    <message>
        <source>The tested matrix records no XPU wheels for PyTorch %1.</source>
        <translation>La matrice testée ne recense aucune wheel XPU pour PyTorch %1.</translation>
    </message>
    <message>
        <source>Pick a PyTorch release with XPU wheels in the tested matrix (%1), or another variant of %2 (%3).</source>
        <translation>Choisissez une version de PyTorch avec des wheels XPU dans la matrice testée (%1), ou une autre variante de %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run a plan&apos;s stages; running it again resumes</source>
        <translation>Exécuter les étapes d’un plan ; une nouvelle exécution reprend</translation>
    </message>
    <message>
        <source>Show the state of each stage installed into a prefix</source>
        <translation>Afficher l’état de chaque étape installée dans un préfixe</translation>
    </message>
    <message>
        <source>Undo installed stages, newest first</source>
        <translation>Annuler les étapes installées, la plus récente en premier</translation>
    </message>
    <message>
        <source>== stage %1: %2</source>
        <translation>== étape %1 : %2</translation>
    </message>
    <message>
        <source>== stage %1: already done, skipped</source>
        <translation>== étape %1 : déjà faite, ignorée</translation>
    </message>
    <message>
        <source>== stage %1: finished</source>
        <translation>== étape %1 : terminée</translation>
    </message>
    <message>
        <source>== stage %1 failed: %2</source>
        <translation>== étape %1 échouée : %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>Run a plan; running it again resumes where it stopped.</source>
        <translation>Exécuter un plan ; une nouvelle exécution reprend là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Run only this stage.</source>
        <translation>Exécuter uniquement cette étape.</translation>
    </message>
    <message>
        <source>Start at this stage.</source>
        <translation>Commencer à cette étape.</translation>
    </message>
    <message>
        <source>Print the stages and steps; change nothing.</source>
        <translation>Afficher les étapes et les pas ; ne rien modifier.</translation>
    </message>
    <message>
        <source>The plan has no stage &quot;%1&quot;.</source>
        <translation>Le plan n’a pas d’étape « %1 ».</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; into %2</source>
        <translation>Plan « %1 » dans %2</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>étape %1 : %2</translation>
    </message>
    <message>
        <source>Install &quot;%1&quot; into %2?</source>
        <translation>Installer « %1 » dans %2 ?</translation>
    </message>
    <message>
        <source>All stages finished.</source>
        <translation>Toutes les étapes sont terminées.</translation>
    </message>
    <message>
        <source>Name the root cause of a failed build from its log, with a remedy</source>
        <translation>Nommer la cause d’échec d’une build à partir de son journal, avec un remède</translation>
    </message>
    <message>
        <source>List the tested PyTorch, CUDA, ROCm and Python combinations</source>
        <translation>Lister les combinaisons testées de PyTorch, CUDA, ROCm et Python</translation>
    </message>
    <message>
        <source>Check one PyTorch selection against a machine and say what blocks it</source>
        <translation>Vérifier une sélection PyTorch par rapport à une machine et dire ce qui la bloque</translation>
    </message>
    <message>
        <source>Propose the PyTorch selections that will work on a machine</source>
        <translation>Proposer les sélections PyTorch qui fonctionneront sur une machine</translation>
    </message>
    <message>
        <source>Plan an install (JSON plan, bash script or Dockerfile) for a selection</source>
        <translation>Planifier une installation (plan JSON, script bash ou Dockerfile) pour une sélection</translation>
    </message>
    <message>
        <source>Detect GPUs, drivers, CUDA, compilers and Python environments</source>
        <translation>Détecter les GPU, pilotes, CUDA, compilateurs et environnements Python</translation>
    </message>
    <message>
        <source>Build a profile of another machine from pasted tool output</source>
        <translation>Construire le profil d’une autre machine à partir de sorties d’outils collées</translation>
    </message>
    <message>
        <source>The install prefix.</source>
        <translation>Le préfixe d’installation.</translation>
    </message>
    <message>
        <source>Roll back this stage.</source>
        <translation>Annuler cette étape.</translation>
    </message>
    <message>
        <source>Roll back every stage, newest first.</source>
        <translation>Annuler toutes les étapes, la plus récente en premier.</translation>
    </message>
    <message>
        <source>every stage</source>
        <translation>toutes les étapes</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Usage: dlstack status --prefix P [--json]</source>
        <translation>Usage : dlstack status --prefix P [--json]</translation>
    </message>
    <message>
        <source>Nothing was installed into %1 by dlstack.</source>
        <translation>dlstack n’a rien installé dans %1.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; in %2</source>
        <translation>Plan « %1 » dans %2</translation>
    </message>
    <message>
        <source>Usage: dlstack &lt;command&gt; [options]</source>
        <translation>Usage : dlstack &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run `dlstack &lt;command&gt; --help` for the options of a command.</source>
        <translation>Lancez `dlstack &lt;commande&gt; --help` pour voir les options d’une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Also append every event as a JSON line to this file.</source>
        <translation>Ajouter aussi chaque événement comme ligne JSON à ce fichier.</translation>
    </message>
    <message>
        <source>Fetch everything a plan downloads into a folder for an offline machine.</source>
        <translation>Récupérer dans un dossier tout ce qu’un plan télécharge, pour une machine sans Internet.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Le fichier de plan (JSON).</translation>
    </message>
    <message>
        <source>The folder to fill.</source>
        <translation>Le dossier à remplir.</translation>
    </message>
    <message>
        <source>Fetch wheels for this Python (e.g. 3.11).</source>
        <translation>Récupérer les wheels pour ce Python (p. ex. 3.11).</translation>
    </message>
    <message>
        <source>Fetch wheels for this platform tag (e.g. manylinux_2_28_x86_64).</source>
        <translation>Récupérer les wheels pour cette plateforme (p. ex. manylinux_2_28_x86_64).</translation>
    </message>
    <message>
        <source>Usage: dlstack bundle PLAN.json DIR [--python X.Y] [--platform TAG]</source>
        <translation>Usage : dlstack bundle PLAN.json DOSSIER [--python X.Y] [--platform TAG]</translation>
    </message>
    <message>
        <source>not bundled (a git checkout; clone it on the offline machine&apos;s network or copy the prefix&apos;s source folder): %1</source>
        <translation>non regroupé (un dépôt git ; clonez-le sur le réseau de la machine hors ligne ou copiez le dossier source du préfixe) : %1</translation>
    </message>
    <message>
        <source>Fetch everything a plan downloads into a folder for an offline machine</source>
        <translation>Récupérer dans un dossier tout ce qu’un plan télécharge, pour une machine sans Internet</translation>
    </message>
    <message>
        <source>not bundled (conda packages; give the offline machine a conda channel mirror, or build the environment where there is a network and move it with conda-pack): %1</source>
        <translation>non inclus (paquets conda ; donnez à la machine hors ligne un miroir de canal conda, ou construisez l’environnement là où il y a du réseau et déplacez-le avec conda-pack) : %1</translation>
    </message>
    <message>
        <source>The log of stage %1 is %2</source>
        <translation>Le journal de l’étape %1 est %2</translation>
    </message>
    <message>
        <source>No known cause: %1</source>
        <translation>Aucune cause connue : %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnostic : %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Pourquoi : </translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>Que faire : </translation>
    </message>
    <message>
        <source>The prefix was moved with its journal: read the journal&apos;s paths as paths in the plan&apos;s prefix.</source>
        <translation>Le préfixe a été déplacé avec son journal : lire les chemins du journal comme des chemins dans le préfixe du plan.</translation>
    </message>
    <message>
        <source>Send the credentials of download steps marked &quot;allow_insecure_auth&quot; over plain http.</source>
        <translation>Envoyer en http non chiffré les identifiants des pas de téléchargement marqués &quot;allow_insecure_auth&quot;.</translation>
    </message>
    <message>
        <source>The prefix was moved with its journal: read the journal&apos;s paths as paths in this prefix.</source>
        <translation>Le préfixe a été déplacé avec son journal : lire les chemins du journal comme des chemins dans ce préfixe.</translation>
    </message>
    <message>
        <source>Usage: dlstack rollback --prefix P (--stage ID | --all) [--yes] [--reanchor]</source>
        <translation>Usage : dlstack rollback --prefix P (--stage ID | --all) [--yes] [--reanchor]</translation>
    </message>
    <message>
        <source>%1: %2 fetched, %3 already there, %4 failed.</source>
        <translation>%1 : %2 récupérés, %3 déjà présents, %4 en échec.</translation>
    </message>
    <message>
        <source>Use it as the offline folder: dlstack plan ... --mirror %1</source>
        <translation>Utilisez-le comme dossier hors ligne : dlstack plan ... --mirror %1</translation>
    </message>
    <message>
        <source>The folder is not complete; run the bundle again once the failures above are fixed.</source>
        <translation>Le dossier n’est pas complet ; relancez le bundle une fois les échecs ci-dessus corrigés.</translation>
    </message>
    <message>
        <source>Continue the install in a prefix with the plan it keeps</source>
        <translation>Poursuivre l’installation dans un préfixe avec le plan qu’il conserve</translation>
    </message>
    <message>
        <source>Every cause found: dlstack diagnose %1</source>
        <translation>Toutes les causes trouvées : dlstack diagnose %1</translation>
    </message>
    <message>
        <source>%1 keeps no plan.</source>
        <translation>%1 ne conserve aucun plan.</translation>
    </message>
    <message>
        <source>Name the plan file: dlstack install PLAN.json. A prefix keeps its plan once an install has begun there.</source>
        <translation>Indiquez le fichier de plan : dlstack install PLAN.json. Un préfixe conserve son plan dès qu’une installation y a commencé.</translation>
    </message>
    <message>
        <source>The plan kept in %1 cannot be read.</source>
        <translation>Le plan conservé dans %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Name the plan file: dlstack install PLAN.json.</source>
        <translation>Indiquez le fichier de plan : dlstack install PLAN.json.</translation>
    </message>
    <message>
        <source>The plan kept in %1 installs into %2.</source>
        <translation>Le plan conservé dans %1 installe dans %2.</translation>
    </message>
    <message>
        <source>If the prefix was moved, run: dlstack install %1 --reanchor with a plan whose prefix is %2.</source>
        <translation>Si le préfixe a été déplacé, lancez dlstack install %1 --reanchor avec un plan dont le préfixe est %2.</translation>
    </message>
    <message>
        <source>Continue the install in a prefix with the plan it keeps.</source>
        <translation>Poursuivre l’installation dans un préfixe avec le plan qu’il conserve.</translation>
    </message>
    <message>
        <source>The plan file (JSON, docs/plan-format.md); with --prefix alone, the plan kept in that prefix.</source>
        <translation>Le fichier de plan (JSON, docs/plan-format.md) ; avec --prefix seul, le plan conservé dans ce préfixe.</translation>
    </message>
    <message>
        <source>Resume the install in this prefix with the plan it keeps.</source>
        <translation>Reprendre l’installation dans ce préfixe avec le plan qu’il conserve.</translation>
    </message>
    <message>
        <source>Name one prefix: dlstack resume PREFIX</source>
        <translation>Indiquez un préfixe : dlstack resume PRÉFIXE</translation>
    </message>
    <message>
        <source>Name one plan file or one prefix: dlstack install PLAN.json, or dlstack install --prefix PREFIX to resume with the plan kept there</source>
        <translation>Indiquez un fichier de plan ou un préfixe : dlstack install PLAN.json, ou dlstack install --prefix PRÉFIXE pour reprendre avec le plan qui y est conservé</translation>
    </message>
    <message>
        <source>Resuming with the plan kept in %1</source>
        <translation>Reprise avec le plan conservé dans %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no terminal to confirm the install on; nothing was changed. Add --yes to install without asking.</source>
        <translation>Il n’y a pas de terminal où confirmer l’installation ; rien n’a été modifié. Ajoutez --yes pour installer sans confirmation.</translation>
    </message>
    <message>
        <source>To use it: %1</source>
        <translation>Pour l’utiliser : %1</translation>
    </message>
    <message>
        <source>The install stopped. To resume: dlstack install --prefix %1</source>
        <translation>L’installation s’est arrêtée. Pour reprendre : dlstack install --prefix %1</translation>
    </message>
    <message>
        <source>To undo it: dlstack rollback --prefix %1 --all</source>
        <translation>Pour l’annuler : dlstack rollback --prefix %1 --all</translation>
    </message>
    <message>
        <source>Undo installed stages, newest first, from the prefix&apos;s journal.</source>
        <translation>Annuler les étapes installées, la plus récente en premier, d’après le journal du préfixe.</translation>
    </message>
    <message>
        <source>Roll back %1 in %2?</source>
        <translation>Annuler %1 dans %2 ?</translation>
    </message>
    <message>
        <source>There is no terminal to confirm the rollback on; nothing was changed. Add --yes to roll back without asking.</source>
        <translation>Il n’y a pas de terminal où confirmer l’annulation ; rien n’a été modifié. Ajoutez --yes pour annuler sans confirmation.</translation>
    </message>
    <message>
        <source>Show the state of each stage installed into a prefix and the plan it keeps.</source>
        <translation>Afficher l’état de chaque étape installée dans un préfixe et le plan qu’il conserve.</translation>
    </message>
    <message>
        <source>The plan it runs is kept in %1 (sha256 %2); resume with: dlstack install --prefix %3</source>
        <translation>Le plan qu’il exécute est conservé dans %1 (sha256 %2) ; reprendre avec : dlstack install --prefix %3</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>bundle folder</source>
        <translation>dossier du paquet</translation>
    </message>
    <message>
        <source>It holds the downloads, but what is not bundled above still needs a network or another way to the offline machine; then plan with --mirror %1.</source>
        <translation>Il contient les téléchargements, mais ce qui est indiqué plus haut comme non regroupé a toujours besoin d’un réseau ou d’un autre moyen pour arriver sur la machine hors ligne ; planifiez ensuite avec --mirror %1.</translation>
    </message>
    <message>
        <source>Nothing was fetched: everything this plan downloads is a git checkout or conda packages, which a bundle cannot hold; the folder does not make the install work offline.</source>
        <translation>Rien n’a été récupéré : tout ce que ce plan télécharge est un dépôt git ou des paquets conda, qu’un paquet hors ligne ne peut pas contenir ; ce dossier ne permet pas d’installer hors ligne.</translation>
    </message>
    <message>
        <source>Nothing was fetched: the plan downloads nothing, so it needs no offline folder.</source>
        <translation>Rien n’a été récupéré : le plan ne télécharge rien et n’a donc pas besoin de dossier hors ligne.</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1 : %2 (depuis %3)</translation>
    </message>
    <message>
        <source>Say what a plan downloads and whether its servers answer from this machine</source>
        <translation>Dire ce qu’un plan télécharge et si ses serveurs répondent depuis cette machine</translation>
    </message>
    <message>
        <source>Print only one JSON object when the job ends: the stages that ran, were skipped or failed, with the diagnosis (the stage logs keep the output).</source>
        <translation>N’afficher qu’un seul objet JSON à la fin de l’exécution : les étapes exécutées, ignorées ou échouées, avec le diagnostic (les journaux des étapes conservent la sortie).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>préfixe</translation>
    </message>
    <message>
        <source>warning: %1 (%2)</source>
        <translation>avertissement : %1 (%2)</translation>
    </message>
    <message>
        <source>Build a development install again after an edit; only what changed is compiled</source>
        <translation>Reconstruire une installation de développement après une modification ; seul ce qui a changé est compilé</translation>
    </message>
    <message>
        <source>%1 keeps no plan: nothing was installed there with dlstack install.</source>
        <translation>%1 ne conserve aucun plan : rien n’y a été installé avec dlstack install.</translation>
    </message>
    <message>
        <source>Name the prefix of a development install (dlstack plan --route source --develop, then dlstack install).</source>
        <translation>Indiquez le préfixe d’une installation de développement (dlstack plan --route source --develop, puis dlstack install).</translation>
    </message>
    <message>
        <source>If the prefix was moved, re-anchor it first with dlstack install --reanchor.</source>
        <translation>Si le préfixe a été déplacé, ré-ancrez-le d’abord avec dlstack install --reanchor.</translation>
    </message>
    <message>
        <source>After an edit in the source tree of a development install (dlstack plan --route source --develop), run its build again in the same environment: ninja rebuilds only what changed, and the environment imports the result. The command, its tree and build variables (MAX_JOBS, TORCH_CUDA_ARCH_LIST, CMake options) are the plan&apos;s, as the install ran them.</source>
        <translation>Après une modification dans l’arbre source d’une installation de développement (dlstack plan --route source --develop), relancer sa compilation dans le même environnement : ninja ne reconstruit que ce qui a changé, et l’environnement importe le résultat. La commande, son arbre et les variables de compilation (MAX_JOBS, TORCH_CUDA_ARCH_LIST, options CMake) sont ceux du plan, tels que l’installation les a utilisés.</translation>
    </message>
    <message>
        <source>The install prefix (or --prefix P).</source>
        <translation>Le préfixe d’installation (ou --prefix P).</translation>
    </message>
    <message>
        <source>Print the command it would run; run nothing.</source>
        <translation>Afficher la commande qui serait lancée ; ne rien exécuter.</translation>
    </message>
    <message>
        <source>Name one prefix: dlstack rebuild PREFIX [--dry-run]</source>
        <translation>Indiquez un seul préfixe : dlstack rebuild PRÉFIXE [--dry-run]</translation>
    </message>
    <message>
        <source>Would run step %1 of stage %2 again, in %3:</source>
        <translation>Relancerait l’étape %1 du stade %2, dans %3 :</translation>
    </message>
    <message>
        <source>Rebuilt from %1; the environment imports the result.</source>
        <translation>Reconstruit depuis %1 ; l’environnement importe le résultat.</translation>
    </message>
    <message>
        <source>The rebuild stopped; the install is as the last good build left it. After a fix, run it again: dlstack rebuild %1</source>
        <translation>La reconstruction s’est arrêtée ; l’installation est telle que la dernière compilation réussie l’a laissée. Après une correction, relancez : dlstack rebuild %1</translation>
    </message>
</context>
<context>
    <name>CmakeRule</name>
    <message>
        <source>No cmake was found.</source>
        <translation>Aucun cmake n’a été trouvé.</translation>
    </message>
    <message>
        <source>The build environment gets one with pip install &quot;%1&quot;.</source>
        <translation>L’environnement de build en obtient un avec pip install &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Building PyTorch %1 needs CMake %2 or newer; you have %3.</source>
        <translation>La compilation de PyTorch %1 nécessite CMake %2 ou plus récent ; vous avez %3.</translation>
    </message>
    <message>
        <source>pip install &quot;%1&quot; in the build environment.</source>
        <translation>pip install &quot;%1&quot; dans l’environnement de build.</translation>
    </message>
    <message>
        <source>CMake %1 removed compatibility with cmake_minimum_required below 3.5, which PyTorch %2&apos;s third-party code still declares; the configure step fails.</source>
        <translation>CMake %1 a supprimé la compatibilité avec cmake_minimum_required inférieur à 3.5, que le code tiers de PyTorch %2 déclare encore ; l’étape de configuration échoue.</translation>
    </message>
    <message>
        <source>Set CMAKE_POLICY_VERSION_MINIMUM=3.5 (dlstack&apos;s plan does), or pip install &quot;%1&quot;.</source>
        <translation>Définissez CMAKE_POLICY_VERSION_MINIMUM=3.5 (le plan de dlstack le fait), ou pip install &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>CMake %1 has a known problem with this build: %2</source>
        <translation>CMake %1 a un problème connu avec cette build : %2</translation>
    </message>
</context>
<context>
    <name>CompanionsRule</name>
    <message>
        <source>%1 has no release for PyTorch %2 (its development stopped).</source>
        <translation>%1 n’a pas de version pour PyTorch %2 (son développement s’est arrêté).</translation>
    </message>
    <message>
        <source>Drop %1, or pick torch 2.3 or older.</source>
        <translation>Retirez %1, ou choisissez torch 2.3 ou plus ancien.</translation>
    </message>
    <message>
        <source>%1 %2 does not go with PyTorch %3; its partner is %1 %4.</source>
        <translation>%1 %2 ne va pas avec PyTorch %3 ; son partenaire est %1 %4.</translation>
    </message>
    <message>
        <source>Install %1==%2.</source>
        <translation>Installez %1==%2.</translation>
    </message>
    <message>
        <source>The pairing of %1 %2 with PyTorch %3 is not confirmed by a primary source.</source>
        <translation>L’association de %1 %2 avec PyTorch %3 n’est confirmée par aucune source primaire.</translation>
    </message>
    <message>
        <source>Check the release notes before relying on it.</source>
        <translation>Consultez les notes de version avant de vous y fier.</translation>
    </message>
    <message>
        <source>The environment has %1 %2; PyTorch %3 needs %1 %4, which will replace it.</source>
        <translation>L’environnement a %1 %2 ; PyTorch %3 nécessite %1 %4, qui le remplacera.</translation>
    </message>
</context>
<context>
    <name>CompilerProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 n’a pas indiqué de version.</translation>
    </message>
</context>
<context>
    <name>CompilerRecipe</name>
    <message>
        <source>gcc %1 does not fit CUDA %2 (gcc &lt;= %3) and torch %4 (gcc &gt;= %5); using %6.</source>
        <translation>gcc %1 ne convient pas à CUDA %2 (gcc &lt;= %3) et à torch %4 (gcc &gt;= %5) ; %6 est utilisé.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <source>gcc %1 does not fit CUDA %2 (gcc &lt;= %3); install gcc-%3 first (needs root).</source>
        <translation>gcc %1 ne convient pas à CUDA %2 (gcc &lt;= %3) ; installez d&apos;abord gcc-%3 (nécessite root).</translation>
    </message>
    <message>
        <source>gcc %1 does not fit CUDA %2 (gcc &lt;= %3) and torch %4 (gcc &gt;= %5); install gcc-%3 first (needs root).</source>
        <translation>gcc %1 ne convient pas à CUDA %2 (gcc &lt;= %3) et à torch %4 (gcc &gt;= %5) ; installez d&apos;abord gcc-%3 (nécessite root).</translation>
    </message>
</context>
<context>
    <name>CompilerRule</name>
    <message>
        <source>PyTorch %1 needs gcc %2 or newer, but CUDA %3&apos;s nvcc accepts gcc up to %4: no compiler satisfies both.</source>
        <translation>PyTorch %1 nécessite gcc %2 ou plus récent, mais le nvcc de CUDA %3 n’accepte gcc que jusqu’à %4 : aucun compilateur ne satisfait les deux.</translation>
    </message>
    <message>
        <source>Pick a newer CUDA for this release, or an older PyTorch for this CUDA.</source>
        <translation>Choisissez un CUDA plus récent pour cette version, ou un PyTorch plus ancien pour ce CUDA.</translation>
    </message>
    <message>
        <source>sudo apt install gcc-%1 g++-%1 (or in a conda env: conda install -c conda-forge gcc=%1 gxx=%1)</source>
        <translation>sudo apt install gcc-%1 g++-%1 (ou dans un environnement conda : conda install -c conda-forge gcc=%1 gxx=%1)</translation>
    </message>
    <message>
        <source>No gcc was found; building PyTorch from source needs a C++%1 compiler.</source>
        <translation>Aucun gcc n’a été trouvé ; compiler PyTorch depuis les sources nécessite un compilateur C++%1.</translation>
    </message>
    <message>
        <source>Install one: %1.</source>
        <translation>Installez-en un : %1.</translation>
    </message>
    <message>
        <source>The default gcc %1 does not fit this build; %2 (gcc %3) does.</source>
        <translation>Le gcc %1 par défaut ne convient pas à cette build ; %2 (gcc %3) convient.</translation>
    </message>
    <message>
        <source>Build with CC=%1 CXX=%2 CUDAHOSTCXX=%2 (dlstack&apos;s plan sets them).</source>
        <translation>Compilez avec CC=%1 CXX=%2 CUDAHOSTCXX=%2 (le plan de dlstack les définit).</translation>
    </message>
    <message>
        <source>Install gcc %1: %2, and build with CC=gcc-%1 CXX=g++-%1 CUDAHOSTCXX=g++-%1</source>
        <translation>Installez gcc %1 : %2, et compilez avec CC=gcc-%1 CXX=g++-%1 CUDAHOSTCXX=g++-%1</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>; or pick CUDA %1, whose nvcc accepts gcc %2.</source>
        <translation>; ou choisissez CUDA %1, dont le nvcc accepte gcc %2.</translation>
    </message>
    <message>
        <source>CUDA %1&apos;s nvcc accepts gcc up to %2; your gcc is %3 (&quot;unsupported GNU version&quot;).</source>
        <translation>Le nvcc de CUDA %1 accepte gcc jusqu’à %2 ; votre gcc est %3 (« unsupported GNU version »).</translation>
    </message>
    <message>
        <source>Building PyTorch %1 needs gcc %2 or newer; your gcc is %3.</source>
        <translation>La compilation de PyTorch %1 nécessite gcc %2 ou plus récent ; votre gcc est %3.</translation>
    </message>
    <message>
        <source>Install a newer gcc: %1.</source>
        <translation>Installez un gcc plus récent : %1.</translation>
    </message>
</context>
<context>
    <name>CondaLocator</name>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is not a text file; it was ignored.</source>
        <translation>%1 n’est pas un fichier texte ; il a été ignoré.</translation>
    </message>
</context>
<context>
    <name>CudaSources</name>
    <message>
        <source>CUDA runtime</source>
        <translation>Runtime CUDA</translation>
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
        <translation>Toolkit CUDA</translation>
    </message>
    <message>
        <source>CUDA version pin</source>
        <translation>Version CUDA imposée</translation>
    </message>
    <message>
        <source>ROCm SDK</source>
        <translation>SDK ROCm</translation>
    </message>
    <message>
        <source>nvcc on PATH</source>
        <translation>nvcc dans le PATH</translation>
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
        <translation>runfile ou paquets NVIDIA</translation>
    </message>
    <message>
        <source>distribution package</source>
        <translation>paquet de la distribution</translation>
    </message>
    <message>
        <source>conda packages</source>
        <translation>paquets conda</translation>
    </message>
    <message>
        <source>pip wheels</source>
        <translation>wheels pip</translation>
    </message>
    <message>
        <source>ROCm Core SDK (TheRock)</source>
        <translation>ROCm Core SDK (TheRock)</translation>
    </message>
    <message>
        <source>Where CUDA and ROCm come from</source>
        <translation>D’où viennent CUDA et ROCm</translation>
    </message>
    <message>
        <source>CUDA %1 — %2</source>
        <translation>CUDA %1 — %2</translation>
    </message>
    <message>
        <source>Source builds and CUDA extensions compile with this nvcc.</source>
        <translation>Les compilations depuis les sources et les extensions CUDA sont compilées avec ce nvcc.</translation>
    </message>
    <message>
        <source>PyTorch&apos;s extension builder and CMake take the toolkit from here.</source>
        <translation>Le compilateur d’extensions de PyTorch et CMake prennent le toolkit ici.</translation>
    </message>
    <message>
        <source>Searched before torch&apos;s own CUDA libraries when a process starts.</source>
        <translation>Parcouru avant les bibliothèques CUDA propres à torch au démarrage d’un processus.</translation>
    </message>
    <message>
        <source>CUDA versions</source>
        <translation>Versions de CUDA</translation>
    </message>
    <message>
        <source>Builds and imports may use another CUDA than the one you expect.</source>
        <translation>Les compilations et les imports peuvent utiliser un autre CUDA que celui attendu.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2 (%3 %4)</translation>
    </message>
    <message>
        <source>torch in this environment loads these before the system&apos;s, unless LD_LIBRARY_PATH names other CUDA libraries.</source>
        <translation>torch, dans cet environnement, charge celles-ci avant celles du système, sauf si LD_LIBRARY_PATH désigne d’autres bibliothèques CUDA.</translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation>ROCm %1</translation>
    </message>
    <message>
        <source>Another ROCm on this machine; ROCM_PATH picks one.</source>
        <translation>Un autre ROCm sur cette machine ; ROCM_PATH en choisit un.</translation>
    </message>
    <message>
        <source>%1 available as a module</source>
        <translation>%1 disponible comme module</translation>
    </message>
    <message>
        <source>`module load %1` provides it without installing.</source>
        <translation>`module load %1` le fournit sans installation.</translation>
    </message>
    <message>
        <source>nvcc on PATH is %1 (%2)</source>
        <translation>nvcc dans le PATH est %1 (%2)</translation>
    </message>
    <message>
        <source>CUDA_HOME is %1 (%2)</source>
        <translation>CUDA_HOME est %1 (%2)</translation>
    </message>
    <message>
        <source>LD_LIBRARY_PATH leads to %1 (%2)</source>
        <translation>LD_LIBRARY_PATH mène à %1 (%2)</translation>
    </message>
    <message>
        <source>torch in %1 was built with %2</source>
        <translation>torch dans %1 a été compilé avec %2</translation>
    </message>
    <message>
        <source>The CUDA versions this shell reaches disagree: %1. Extensions are built with the nvcc on PATH (or CUDA_HOME&apos;s), and LD_LIBRARY_PATH is searched before torch&apos;s own CUDA libraries. Point PATH and CUDA_HOME at the toolkit matching torch&apos;s CUDA and drop other CUDA directories from LD_LIBRARY_PATH.</source>
        <translation>Les versions de CUDA que ce shell atteint ne concordent pas : %1. Les extensions sont compilées avec le nvcc du PATH (ou celui de CUDA_HOME), et LD_LIBRARY_PATH est parcouru avant les bibliothèques CUDA propres à torch. Faites pointer PATH et CUDA_HOME vers le toolkit correspondant au CUDA de torch et retirez les autres répertoires CUDA de LD_LIBRARY_PATH.</translation>
    </message>
</context>
<context>
    <name>CudaToolkitProbe</name>
    <message>
        <source>Found a CUDA toolkit directory at %1 but could not tell its version.</source>
        <translation>Un répertoire de toolkit CUDA a été trouvé dans %1, mais sa version n’a pas pu être déterminée.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 does not hold a CUDA version.</source>
        <translation>%1 ne contient pas de version de CUDA.</translation>
    </message>
    <message>
        <source>unrecognised output</source>
        <translation>sortie non reconnue</translation>
    </message>
    <message>
        <source>%1 --version did not report a version (%2).</source>
        <translation>%1 --version n’a pas indiqué de version (%2).</translation>
    </message>
</context>
<context>
    <name>CudnnProbe</name>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 does not state a cuDNN version.</source>
        <translation>%1 n’indique pas de version de cuDNN.</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>Detects GPUs, the NVIDIA driver, CUDA toolkits, cuDNN, ROCm, compilers, build tools, conda installations and Python environments.</source>
        <translation>Détecte les GPU, le pilote NVIDIA, les toolkits CUDA, cuDNN, ROCm, les compilateurs, les outils de build, les installations conda et les environnements Python.</translation>
    </message>
    <message>
        <source>Print the profile as JSON (docs/profile-format.md).</source>
        <translation>Afficher le profil en JSON (docs/profile-format.md).</translation>
    </message>
    <message>
        <source>Keep every raw output and file read in DIR, to replay elsewhere.</source>
        <translation>Conserver chaque sortie brute et chaque fichier lu dans DIR, pour les rejouer ailleurs.</translation>
    </message>
    <message>
        <source>Replay a detection saved with --save-raw instead of looking at this machine.</source>
        <translation>Rejouer une détection enregistrée avec --save-raw au lieu d’examiner cette machine.</translation>
    </message>
    <message>
        <source>Measure free disk space at PATH (default: the home directory).</source>
        <translation>Mesurer l’espace disque libre à PATH (par défaut : le répertoire personnel).</translation>
    </message>
    <message>
        <source>Also inspect the Python environment at PATH.</source>
        <translation>Examiner aussi l’environnement Python situé à PATH.</translation>
    </message>
    <message>
        <source>detect takes no arguments; did you mean `dlstack import %1`?</source>
        <translation>detect n’accepte pas d’arguments ; vouliez-vous dire `dlstack import %1` ?</translation>
    </message>
    <message>
        <source>Raw outputs saved in %1; replay them with `dlstack detect --replay %1`.</source>
        <translation>Sorties brutes enregistrées dans %1 ; rejouez-les avec `dlstack detect --replay %1`.</translation>
    </message>
    <message>
        <source>Ask every compiler and tool for its version again instead of using the versions kept from earlier runs for unchanged programs.</source>
        <translation>Redemander sa version à chaque compilateur et outil au lieu d&apos;utiliser les versions gardées des exécutions précédentes pour les programmes inchangés.</translation>
    </message>
</context>
<context>
    <name>DevelopBuild</name>
    <message>
        <source>The plan of %1 builds no PyTorch from source, so there is nothing to rebuild.</source>
        <translation>Le plan de %1 ne compile pas PyTorch depuis les sources : il n’y a rien à reconstruire.</translation>
    </message>
    <message>
        <source>dlstack rebuild is for a development install: plan one with dlstack plan --route source --develop and install it.</source>
        <translation>dlstack rebuild sert aux installations de développement : planifiez-en une avec dlstack plan --route source --develop et installez-la.</translation>
    </message>
    <message>
        <source>The plan of %1 builds PyTorch from source but installs it as a package, not editable: it was planned without --develop, so its environment does not run the source tree.</source>
        <translation>Le plan de %1 compile PyTorch depuis les sources mais l’installe comme paquet, non éditable : il a été planifié sans --develop, donc son environnement n’exécute pas l’arbre source.</translation>
    </message>
    <message>
        <source>Stage %1 has no pip build step.</source>
        <translation>Le stade %1 n’a pas d’étape de compilation pip.</translation>
    </message>
    <message>
        <source>Plan a development install into a new prefix with dlstack plan --route source --develop --prefix DIR and install it; dlstack rebuild DIR then rebuilds it after each edit.</source>
        <translation>Planifiez une installation de développement dans un nouveau préfixe avec dlstack plan --route source --develop --prefix DOSSIER et installez-la ; dlstack rebuild DOSSIER la reconstruit ensuite après chaque modification.</translation>
    </message>
    <message>
        <source>The source tree %1 of the development install in %2 is gone.</source>
        <translation>L’arbre source %1 de l’installation de développement dans %2 a disparu.</translation>
    </message>
    <message>
        <source>Check it out again with dlstack rollback --prefix %1 --stage %2 and dlstack install --prefix %1 (this fetches and builds it from the start).</source>
        <translation>Récupérez-le à nouveau avec dlstack rollback --prefix %1 --stage %2 et dlstack install --prefix %1 (cela le télécharge et le compile depuis le début).</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>No known cause of failure was found.</source>
        <translation>Aucune cause d’échec connue n’a été trouvée.</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Also found</source>
        <translation>Trouvé également</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Pourquoi : </translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>Que faire : </translation>
    </message>
    <message>
        <source>Finds the root cause of a failed build or install in its log and says what to do. Reads plain, .gz and .xz files, and standard input for -.</source>
        <translation>Trouve la cause d’échec d’une build ou d’une installation dans son journal et indique que faire. Lit les fichiers simples, .gz et .xz, et l’entrée standard pour -.</translation>
    </message>
    <message>
        <source>Print the diagnoses as JSON.</source>
        <translation>Afficher les diagnostics en JSON.</translation>
    </message>
    <message>
        <source>Fill remedies with facts of this machine profile (dlstack detect --json).</source>
        <translation>Compléter les remèdes avec les données de ce profil de machine (dlstack detect --json).</translation>
    </message>
    <message>
        <source>Log files; - reads standard input.</source>
        <translation>Fichiers journaux ; - lit l’entrée standard.</translation>
    </message>
    <message>
        <source>Name at least one log file (or - for standard input).</source>
        <translation>Indiquez au moins un fichier journal (ou - pour l’entrée standard).</translation>
    </message>
    <message>
        <source>No known cause</source>
        <translation>Aucune cause connue</translation>
    </message>
    <message>
        <source>There is no cause &quot;%1&quot;. Known causes: %2</source>
        <translation>Il n’existe pas de cause « %1 ». Causes connues : %2</translation>
    </message>
    <message>
        <source>Defined in: </source>
        <translation>Défini dans : </translation>
    </message>
    <message>
        <source>Seen in: </source>
        <translation>Vu dans : </translation>
    </message>
    <message>
        <source>Also use the rule files (*.json) in this folder (besides %1).</source>
        <translation>Utiliser aussi les fichiers de règles (*.json) de ce dossier (en plus de %1).</translation>
    </message>
    <message>
        <source>Print what a cause means and what to do about it.</source>
        <translation>Afficher ce que signifie une cause et que faire.</translation>
    </message>
    <message>
        <source>Stop reading a FIFO or pipe after this many seconds without new output (0: wait for its end; default: 600 for a FIFO, 0 for standard input).</source>
        <translation>Arrêter de lire un FIFO ou un tube après autant de secondes sans nouvelle sortie (0 : attendre la fin ; par défaut : 600 pour un FIFO, 0 pour l’entrée standard).</translation>
    </message>
    <message>
        <source>Skipped: </source>
        <translation>Ignoré : </translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds, 0 or more.</source>
        <translation>--idle-timeout attend un nombre de secondes, 0 ou plus.</translation>
    </message>
    <message>
        <source>%1 looks like binary data, not a text log; its readable lines were diagnosed anyway.</source>
        <translation>%1 ressemble à des données binaires, pas à un journal texte ; ses lignes lisibles ont tout de même été diagnostiquées.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Entrée standard</translation>
    </message>
    <message>
        <source>%1 could not be read to its end (it may have been shortened while it was read); the lines before were diagnosed.</source>
        <translation>%1 n’a pas pu être lu jusqu’au bout (il a peut-être été raccourci pendant la lecture) ; les lignes précédentes ont été diagnostiquées.</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>no installed gcc is old enough; install gcc-%1 and g++-%1</source>
        <translation>aucun gcc installé n’est assez ancien ; installez gcc-%1 et g++-%1</translation>
    </message>
    <message>
        <source>gcc-%1 at %2</source>
        <translation>gcc-%1 dans %2</translation>
    </message>
</context>
<context>
    <name>DiagnosisRule</name>
    <message>
        <source>a ninja build step failed</source>
        <extracomment>title of the diagnosis rule anchor_ninja_failed (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>une étape de build ninja a échoué</translation>
    </message>
    <message>
        <source>ninja stopped because the compile or link command after &quot;FAILED:&quot; exited with an error. The compiler&apos;s own message is in the lines that follow it.</source>
        <extracomment>explanation of the diagnosis rule anchor_ninja_failed (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>ninja s’est arrêté parce que la commande de compilation ou d’édition de liens après « FAILED: » a échoué. Le message du compilateur lui-même se trouve dans les lignes qui suivent.</translation>
    </message>
    <message>
        <source>Read the first line with &quot;error&quot; after the FAILED: line: that is what the compiler objected to. Search for that message together with the package you are building.</source>
        <extracomment>remedy of the diagnosis rule anchor_ninja_failed (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lisez la première ligne contenant « error » après la ligne « FAILED: » : c’est ce que le compilateur a refusé. Cherchez ce message avec le nom du paquet que vous construisez.</translation>
    </message>
    <message>
        <source>the compiler reported an error</source>
        <extracomment>title of the diagnosis rule anchor_compiler_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>le compilateur a signalé une erreur</translation>
    </message>
    <message>
        <source>A compiler or linker stopped with the error shown; everything after it in the build follows from it.</source>
        <extracomment>explanation of the diagnosis rule anchor_compiler_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un compilateur ou un éditeur de liens s’est arrêté sur l’erreur affichée ; tout ce qui suit dans le build en découle.</translation>
    </message>
    <message>
        <source>Look at the file and message on the marked line; a missing header, library or option there usually names the package to install or the setting to change.</source>
        <extracomment>remedy of the diagnosis rule anchor_compiler_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Regardez le fichier et le message de la ligne marquée ; un en-tête, une bibliothèque ou une option qui y manque désigne en général le paquet à installer ou le réglage à changer.</translation>
    </message>
    <message>
        <source>CMake reported an error</source>
        <extracomment>title of the diagnosis rule anchor_cmake_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>CMake a signalé une erreur</translation>
    </message>
    <message>
        <source>CMake stopped while configuring the build; its message in the lines after &quot;CMake Error&quot; says which check failed.</source>
        <extracomment>explanation of the diagnosis rule anchor_cmake_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>CMake s’est arrêté pendant la configuration du build ; son message dans les lignes après « CMake Error » indique quelle vérification a échoué.</translation>
    </message>
    <message>
        <source>Read the CMake Error block: it names the missing package, tool or version. Install it, or point CMake at it (e.g. -D&lt;Name&gt;_DIR=... or CMAKE_PREFIX_PATH).</source>
        <extracomment>remedy of the diagnosis rule anchor_cmake_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lisez le bloc CMake Error : il nomme le paquet, l’outil ou la version qui manque. Installez-le ou indiquez-le à CMake (par exemple -D&lt;Name&gt;_DIR=... ou CMAKE_PREFIX_PATH).</translation>
    </message>
    <message>
        <source>a package build run by pip failed</source>
        <extracomment>title of the diagnosis rule anchor_pip_subprocess (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>un build de paquet lancé par pip a échoué</translation>
    </message>
    <message>
        <source>pip ran a package&apos;s own build or setup script, and that script failed. Its output is the block between &quot;[N lines of output]&quot; and &quot;[end of output]&quot;; the message that matters is the last error inside it.</source>
        <extracomment>explanation of the diagnosis rule anchor_pip_subprocess (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip a exécuté le script de build ou d’installation propre à un paquet, et ce script a échoué. Sa sortie est le bloc entre « [N lines of output] » et « [end of output] » ; le message qui compte est la dernière erreur à l’intérieur.</translation>
    </message>
    <message>
        <source>Read the last error inside the output block. Run the install again with `pip install -v` to see the whole build log if the block was cut.</source>
        <extracomment>remedy of the diagnosis rule anchor_pip_subprocess (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lisez la dernière erreur du bloc de sortie. Relancez l’installation avec `pip install -v` pour voir tout le journal du build si le bloc a été tronqué.</translation>
    </message>
    <message>
        <source>a Python program raised an exception</source>
        <extracomment>title of the diagnosis rule anchor_python_traceback (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>un programme Python a levé une exception</translation>
    </message>
    <message>
        <source>A Python program stopped with an exception; the last line of the traceback names the exception and its message.</source>
        <extracomment>explanation of the diagnosis rule anchor_python_traceback (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un programme Python s’est arrêté sur une exception ; la dernière ligne du traceback nomme l’exception et son message.</translation>
    </message>
    <message>
        <source>Read the last line of the traceback (&quot;SomethingError: ...&quot;) and the frame above it: it names the module and the call that failed.</source>
        <extracomment>remedy of the diagnosis rule anchor_python_traceback (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lisez la dernière ligne du traceback (« SomethingError: ... ») et le frame au-dessus : il nomme le module et l’appel qui a échoué.</translation>
    </message>
    <message>
        <source>a Python exception</source>
        <extracomment>title of the diagnosis rule anchor_python_exception (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>une exception Python</translation>
    </message>
    <message>
        <source>A Python exception was raised with the message shown.</source>
        <extracomment>explanation of the diagnosis rule anchor_python_exception (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Une exception Python a été levée avec le message affiché.</translation>
    </message>
    <message>
        <source>Search for the exception&apos;s message with the name of the package that raised it, and check that the package&apos;s version matches the rest of the stack.</source>
        <extracomment>remedy of the diagnosis rule anchor_python_exception (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Cherchez le message de l’exception avec le nom du paquet qui l’a levée, et vérifiez que la version de ce paquet correspond au reste de la pile.</translation>
    </message>
    <message>
        <source>an installer reported an error</source>
        <extracomment>title of the diagnosis rule anchor_tool_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>un installateur a signalé une erreur</translation>
    </message>
    <message>
        <source>An installer or build tool stopped with the error shown.</source>
        <extracomment>explanation of the diagnosis rule anchor_tool_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un installateur ou un outil de build s’est arrêté sur l’erreur affichée.</translation>
    </message>
    <message>
        <source>Read the marked line and the few before it; they name what the tool could not do.</source>
        <extracomment>remedy of the diagnosis rule anchor_tool_error (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lisez la ligne marquée et les quelques lignes avant elle ; elles disent ce que l’outil n’a pas pu faire.</translation>
    </message>
    <message>
        <source>a build stopped after an earlier error</source>
        <extracomment>title of the diagnosis rule anchor_cascade (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>un build s’est arrêté après une erreur antérieure</translation>
    </message>
    <message>
        <source>These lines only repeat that an earlier step failed; the cause is above them.</source>
        <extracomment>explanation of the diagnosis rule anchor_cascade (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ces lignes ne font que répéter qu’une étape antérieure a échoué ; la cause est au-dessus.</translation>
    </message>
    <message>
        <source>Scroll up to the first error above this line.</source>
        <extracomment>remedy of the diagnosis rule anchor_cascade (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Remontez jusqu’à la première erreur au-dessus de cette ligne.</translation>
    </message>
    <message>
        <source>Host C++ compiler not supported (too new for nvcc, or too old for PyTorch)</source>
        <extracomment>title of the diagnosis rule host_compiler_unsupported (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Compilateur C++ hôte non pris en charge (trop récent pour nvcc ou trop ancien pour PyTorch)</translation>
    </message>
    <message>
        <source>The C++ compiler that nvcc (or the PyTorch headers) would use is the wrong age. Each CUDA release only accepts host compilers up to a certain version: nvcc refuses newer gcc/clang with &apos;#error -- unsupported GNU version&apos;. The opposite also happens: PyTorch 2.x needs a C++17 compiler (gcc 9 or newer), so a very old gcc stops with &apos;C++17 or later compatible compiler is required&apos;. Every later &apos;ninja: build stopped&apos; or &apos;error: command ... failed&apos; line is only a consequence.</source>
        <extracomment>explanation of the diagnosis rule host_compiler_unsupported (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le compilateur C++ que nvcc (ou les en-têtes de PyTorch) utiliserait n’a pas le bon âge. Chaque version de CUDA n’accepte les compilateurs hôtes que jusqu’à une certaine version : nvcc refuse les gcc/clang plus récents avec &apos;#error -- unsupported GNU version&apos;. L’inverse arrive aussi : PyTorch 2.x exige un compilateur C++17 (gcc 9 ou plus récent), donc un gcc très ancien s’arrête avec &apos;C++17 or later compatible compiler is required&apos;. Chaque ligne &apos;ninja: build stopped&apos; ou &apos;error: command ... failed&apos; qui suit n’en est que la conséquence.</translation>
    </message>
    <message>
        <source>Check `gcc --version` (detected: gcc {gcc_version}) and `nvcc --version` (detected: CUDA {cuda_version}). If gcc is too new (the newest gcc this CUDA accepts, from the message: {gcc_max}): use an older compiler ({gcc_fitting}), e.g. `sudo apt install gcc-{gcc_max} g++-{gcc_max}`, then build with `export CC=gcc-11 CXX=g++-11 CUDAHOSTCXX=g++-11` (or pass `-ccbin g++-11` to nvcc), or install a newer CUDA toolkit that supports your gcc. If gcc is too old: install gcc 9 or newer (e.g. devtoolset/gcc-toolset on RHEL/CentOS) and make sure CMake uses C++17 (`set(CMAKE_CXX_STANDARD 17)`). Avoid `-allow-unsupported-compiler` unless you know why.</source>
        <extracomment>remedy of the diagnosis rule host_compiler_unsupported (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Vérifiez `gcc --version` (détecté : gcc {gcc_version}) et `nvcc --version` (détecté : CUDA {cuda_version}). Si gcc est trop récent (le gcc le plus récent accepté par ce CUDA, d’après le message : {gcc_max}) : utilisez un compilateur plus ancien ({gcc_fitting}), par exemple `sudo apt install gcc-{gcc_max} g++-{gcc_max}`, puis construisez avec `export CC=gcc-11 CXX=g++-11 CUDAHOSTCXX=g++-11` (ou passez `-ccbin g++-11` à nvcc), ou installez un toolkit CUDA plus récent qui prend en charge votre gcc. Si gcc est trop ancien : installez gcc 9 ou plus récent (par exemple devtoolset/gcc-toolset sous RHEL/CentOS) et assurez-vous que CMake utilise C++17 (`set(CMAKE_CXX_STANDARD 17)`). Évitez `-allow-unsupported-compiler` si vous ne savez pas pourquoi vous le faites.</translation>
    </message>
    <message>
        <source>Compiler killed: the machine ran out of RAM while building</source>
        <extracomment>title of the diagnosis rule compiler_out_of_memory (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Compilateur tué : la machine a manqué de mémoire vive pendant le build</translation>
    </message>
    <message>
        <source>The operating system killed the compiler because the computer ran out of memory. Building PyTorch or a CUDA extension runs many compiler processes in parallel (by default about one per CPU core) and a single one can need 2-4 GB, so on this machine ({cores} CPU cores, {memory_gib} GiB RAM) the default is too much. The &apos;make: *** Error&apos; or &apos;ninja: build stopped&apos; lines that follow are consequences, not separate problems.</source>
        <extracomment>explanation of the diagnosis rule compiler_out_of_memory (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le système d’exploitation a tué le compilateur parce que l’ordinateur a manqué de mémoire. Le build de PyTorch ou d’une extension CUDA lance de nombreux processus de compilation en parallèle (par défaut environ un par cœur de CPU) et un seul peut demander 2 à 4 Go ; sur cette machine ({cores} cœurs de CPU, {memory_gib} Gio de RAM), le réglage par défaut est donc trop élevé. Les lignes &apos;make: *** Error&apos; ou &apos;ninja: build stopped&apos; qui suivent sont des conséquences, pas des problèmes distincts.</translation>
    </message>
    <message>
        <source>Run the build again with fewer parallel jobs: `export MAX_JOBS={max_jobs}` (for PyTorch/setup.py and torch.utils.cpp_extension), or `make -j{max_jobs}` / `ninja -j{max_jobs}` / `cmake --build . -j {max_jobs}`. If it still dies, set MAX_JOBS=1, close other programs, or add swap space (e.g. `sudo fallocate -l 16G /swapfile &amp;&amp; sudo chmod 600 /swapfile &amp;&amp; sudo mkswap /swapfile &amp;&amp; sudo swapon /swapfile`).</source>
        <extracomment>remedy of the diagnosis rule compiler_out_of_memory (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Relancez le build avec moins de tâches parallèles : `export MAX_JOBS={max_jobs}` (pour PyTorch/setup.py et torch.utils.cpp_extension), ou `make -j{max_jobs}` / `ninja -j{max_jobs}` / `cmake --build . -j {max_jobs}`. S’il échoue encore, mettez MAX_JOBS=1, fermez les autres programmes ou ajoutez de l’espace d’échange (par exemple `sudo fallocate -l 16G /swapfile &amp;&amp; sudo chmod 600 /swapfile &amp;&amp; sudo mkswap /swapfile &amp;&amp; sudo swapon /swapfile`).</translation>
    </message>
    <message>
        <source>CMake version does not fit the project</source>
        <extracomment>title of the diagnosis rule cmake_version (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>La version de CMake ne convient pas au projet</translation>
    </message>
    <message>
        <source>The CMake program on this machine does not match what the project&apos;s CMakeLists.txt expects. Either CMake is too old (the project asks for a newer minimum version or policy), or CMake is too new: CMake 4.0 removed support for projects that declare cmake_minimum_required below 3.5. pip&apos;s build isolation often downloads the newest CMake automatically, which triggers the second case.</source>
        <extracomment>explanation of the diagnosis rule cmake_version (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le programme CMake de cette machine ne correspond pas à ce qu’attend le CMakeLists.txt du projet. Soit CMake est trop ancien (le projet demande une version minimale ou une politique plus récente), soit CMake est trop récent : CMake 4.0 a supprimé la prise en charge des projets qui déclarent un cmake_minimum_required inférieur à 3.5. L’isolation de build de pip télécharge souvent automatiquement le CMake le plus récent, ce qui provoque le second cas.</translation>
    </message>
    <message>
        <source>Check `cmake --version`. If it is too old: `pip install -U &quot;cmake&gt;=3.18&quot;` (or use your distro backports). If it is CMake 4.x and the project is old: install a 3.x release (`pip install &quot;cmake&lt;4&quot;`) and build with `pip install --no-build-isolation ...`, or configure with `-DCMAKE_POLICY_VERSION_MINIMUM=3.5` (env: `export CMAKE_POLICY_VERSION_MINIMUM=3.5`).</source>
        <extracomment>remedy of the diagnosis rule cmake_version (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Vérifiez `cmake --version`. S’il est trop ancien : `pip install -U &quot;cmake&gt;=3.18&quot;` (ou utilisez les backports de votre distribution). S’il s’agit de CMake 4.x et que le projet est ancien : installez une version 3.x (`pip install &quot;cmake&lt;4&quot;`) et construisez avec `pip install --no-build-isolation ...`, ou configurez avec `-DCMAKE_POLICY_VERSION_MINIMUM=3.5` (en variable d’environnement : `export CMAKE_POLICY_VERSION_MINIMUM=3.5`).</translation>
    </message>
    <message>
        <source>Git submodules (third_party/...) were not checked out</source>
        <extracomment>title of the diagnosis rule submodules_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les sous-modules git (third_party/...) n’ont pas été extraits</translation>
    </message>
    <message>
        <source>The source tree is incomplete: PyTorch (and many CUDA projects) keep their dependencies in git submodules under third_party/. A plain `git clone`, a ZIP download, or an interrupted clone leaves those folders empty, so CMake cannot find them. Errors such as &apos;set_property could not find TARGET&apos; are follow-ups of the same cause.</source>
        <extracomment>explanation of the diagnosis rule submodules_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>L’arborescence des sources est incomplète : PyTorch (et de nombreux projets CUDA) gardent leurs dépendances dans des sous-modules git sous third_party/. Un simple `git clone`, un téléchargement ZIP ou un clone interrompu laisse ces dossiers vides, et CMake ne les trouve pas. Des erreurs comme &apos;set_property could not find TARGET&apos; découlent de la même cause.</translation>
    </message>
    <message>
        <source>From the repository root run `git submodule sync &amp;&amp; git submodule update --init --recursive` (add `--jobs 0` for speed), then `python setup.py clean` (or delete the build/ folder) and build again. If you downloaded a ZIP/tarball, clone with `git clone --recursive` instead.</source>
        <extracomment>remedy of the diagnosis rule submodules_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>À la racine du dépôt, lancez `git submodule sync &amp;&amp; git submodule update --init --recursive` (ajoutez `--jobs 0` pour aller plus vite), puis `python setup.py clean` (ou supprimez le dossier build/) et reconstruisez. Si vous avez téléchargé un ZIP ou une archive tar, clonez plutôt avec `git clone --recursive`.</translation>
    </message>
    <message>
        <source>Python development headers (Python.h) are missing</source>
        <extracomment>title of the diagnosis rule python_headers_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les en-têtes de développement Python (Python.h) manquent</translation>
    </message>
    <message>
        <source>A C/C++ extension is being compiled and needs the header files of your Python interpreter, but only the runtime is installed. The lines &apos;error: command &apos;gcc&apos; failed with exit status 1&apos; and &apos;Failed building wheel&apos; after it are only the consequence.</source>
        <extracomment>explanation of the diagnosis rule python_headers_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Une extension C/C++ est en cours de compilation et a besoin des fichiers d’en-tête de votre interpréteur Python, mais seul l’environnement d’exécution est installé. Les lignes &apos;error: command &apos;gcc&apos; failed with exit status 1&apos; et &apos;Failed building wheel&apos; qui suivent n’en sont que la conséquence.</translation>
    </message>
    <message>
        <source>Install the headers that match the Python you build for (Python {python_version}): Debian/Ubuntu `sudo apt install python3-dev` (or `python3.X-dev` for a specific version), Fedora/RHEL `sudo dnf install python3-devel`. In conda/venv environments made from a conda Python the headers are included; make sure the build really uses that interpreter.</source>
        <extracomment>remedy of the diagnosis rule python_headers_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installez les en-têtes correspondant au Python pour lequel vous construisez (Python {python_version}) : Debian/Ubuntu `sudo apt install python3-dev` (ou `python3.X-dev` pour une version précise), Fedora/RHEL `sudo dnf install python3-devel`. Dans les environnements conda ou venv créés à partir d’un Python de conda, les en-têtes sont inclus ; vérifiez que le build utilise bien cet interpréteur.</translation>
    </message>
    <message>
        <source>Ninja build tool not found</source>
        <extracomment>title of the diagnosis rule ninja_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Outil de build Ninja introuvable</translation>
    </message>
    <message>
        <source>torch.utils.cpp_extension (used by JIT-loaded and many pip-built CUDA extensions) drives the compiler through the ninja build tool, and ninja is not installed or not on PATH for this Python environment.</source>
        <extracomment>explanation of the diagnosis rule ninja_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>torch.utils.cpp_extension (utilisé par les extensions CUDA chargées en JIT et par beaucoup d’extensions construites par pip) pilote le compilateur via l’outil de build ninja, et ninja n’est pas installé ou n’est pas dans le PATH de cet environnement Python.</translation>
    </message>
    <message>
        <source>Install it into the same environment: `pip install ninja` (or `conda install ninja`, or `sudo apt install ninja-build`), then check `ninja --version` works in the same shell. If it still fails, make sure the environment&apos;s bin/ (Scripts\ on Windows) folder is on PATH.</source>
        <extracomment>remedy of the diagnosis rule ninja_missing (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installez-le dans le même environnement : `pip install ninja` (ou `conda install ninja`, ou `sudo apt install ninja-build`), puis vérifiez que `ninja --version` fonctionne dans le même shell. Si l’échec persiste, assurez-vous que le dossier bin/ de l’environnement (Scripts\ sous Windows) est dans le PATH.</translation>
    </message>
    <message>
        <source>libstdc++ on the system is older than the binary needs</source>
        <extracomment>title of the diagnosis rule libstdcxx_too_old (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>La libstdc++ du système est plus ancienne que ce dont le binaire a besoin</translation>
    </message>
    <message>
        <source>A compiled library (often torch/lib/libtorch_python.so or an extension) was built with a newer C++ compiler than the libstdc++.so.6 that gets loaded. Usually the system copy in /usr/lib is picked up instead of the newer one shipped in your conda environment, or the operating system is simply older than the wheel.</source>
        <extracomment>explanation of the diagnosis rule libstdcxx_too_old (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Une bibliothèque compilée (souvent torch/lib/libtorch_python.so ou une extension) a été construite avec un compilateur C++ plus récent que la libstdc++.so.6 chargée. En général, la copie du système dans /usr/lib est prise à la place de la plus récente fournie dans votre environnement conda, ou bien le système d’exploitation est tout simplement plus ancien que le wheel.</translation>
    </message>
    <message>
        <source>Find which versions you have: `strings /usr/lib/x86_64-linux-gnu/libstdc++.so.6 | grep GLIBCXX` (needs {glibcxx}). In conda: `conda install -c conda-forge libstdcxx-ng` (or &apos;libstdcxx&apos;) and make sure the environment&apos;s lib is used (`export LD_LIBRARY_PATH=$CONDA_PREFIX/lib:$LD_LIBRARY_PATH`). On the system: upgrade libstdc++ (newer gcc runtime / distro release), or install a wheel built for an older platform.</source>
        <extracomment>remedy of the diagnosis rule libstdcxx_too_old (compiler.json); keep {placeholders} and `commands`</extracomment>
        <translation>Voyez quelles versions vous avez : `strings /usr/lib/x86_64-linux-gnu/libstdc++.so.6 | grep GLIBCXX` (il faut {glibcxx}). Dans conda : `conda install -c conda-forge libstdcxx-ng` (ou &apos;libstdcxx&apos;) et assurez-vous que le lib de l’environnement est utilisé (`export LD_LIBRARY_PATH=$CONDA_PREFIX/lib:$LD_LIBRARY_PATH`). Sur le système : mettez à jour libstdc++ (runtime gcc plus récent / version de la distribution), ou installez un wheel construit pour une plateforme plus ancienne.</translation>
    </message>
    <message>
        <source>GPU architecture not supported by this CUDA toolkit or PyTorch build</source>
        <extracomment>title of the diagnosis rule gpu_arch_unsupported (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Architecture de GPU non prise en charge par ce toolkit CUDA ou cette build de PyTorch</translation>
    </message>
    <message>
        <source>The code was built for a different GPU generation than the one in this machine ({gpu_name}, compute capability {compute_capability}). Either the CUDA toolkit is too old to know the card (e.g. compute_89 needs CUDA 11.8, sm_120 needs CUDA 12.8), or the installed PyTorch wheel does not contain kernels for it (new cards on old wheels, or old cards on new wheels that dropped them).</source>
        <extracomment>explanation of the diagnosis rule gpu_arch_unsupported (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le code a été construit pour une autre génération de GPU que celui de cette machine ({gpu_name}, compute capability {compute_capability}). Soit le toolkit CUDA est trop ancien pour connaître la carte (par exemple compute_89 demande CUDA 11.8, sm_120 demande CUDA 12.8), soit le wheel PyTorch installé ne contient pas de noyaux pour elle (cartes récentes avec d’anciens wheels, ou cartes anciennes avec des wheels récents qui les ont abandonnées).</translation>
    </message>
    <message>
        <source>For a build error: install a newer CUDA toolkit, or restrict the build to supported architectures, e.g. `export TORCH_CUDA_ARCH_LIST=&quot;8.6&quot;` (choose a value your nvcc lists in `nvcc --list-gpu-arch`). For a runtime error: install a PyTorch wheel that includes your GPU, e.g. for RTX 50xx (sm_120) a cu128 build: `pip install torch --index-url https://download.pytorch.org/whl/cu128`. Check the wheel with `python -c &quot;import torch; print(torch.cuda.get_arch_list())&quot;`.</source>
        <extracomment>remedy of the diagnosis rule gpu_arch_unsupported (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Pour une erreur de build : installez un toolkit CUDA plus récent, ou limitez le build aux architectures prises en charge, par exemple `export TORCH_CUDA_ARCH_LIST=&quot;8.6&quot;` (choisissez une valeur que votre nvcc liste dans `nvcc --list-gpu-arch`). Pour une erreur à l’exécution : installez un wheel PyTorch qui inclut votre GPU, par exemple pour une RTX 50xx (sm_120) une build cu128 : `pip install torch --index-url https://download.pytorch.org/whl/cu128`. Vérifiez le wheel avec `python -c &quot;import torch; print(torch.cuda.get_arch_list())&quot;`.</translation>
    </message>
    <message>
        <source>Local CUDA toolkit differs from the CUDA version PyTorch was built with</source>
        <extracomment>title of the diagnosis rule cuda_version_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le toolkit CUDA local diffère de la version de CUDA avec laquelle PyTorch a été construit</translation>
    </message>
    <message>
        <source>When compiling a CUDA extension, torch.utils.cpp_extension compares the nvcc it finds (CUDA_HOME, here {cuda_found}) with the CUDA version your PyTorch wheel was built with. A different major version cannot be mixed, so the build stops before compiling anything.</source>
        <extracomment>explanation of the diagnosis rule cuda_version_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lors de la compilation d’une extension CUDA, torch.utils.cpp_extension compare le nvcc trouvé (CUDA_HOME, ici {cuda_found}) avec la version de CUDA avec laquelle votre wheel PyTorch a été construit. Deux versions majeures différentes ne peuvent pas être mélangées, le build s’arrête donc avant de compiler quoi que ce soit.</translation>
    </message>
    <message>
        <source>Make both match (this environment&apos;s torch was built with CUDA {torch_cuda}; the toolkit found is {cuda_version}). Either install the PyTorch build for your toolkit (see `nvcc --version`, e.g. `pip install torch --index-url https://download.pytorch.org/whl/cu121` for CUDA 12.1), or install the toolkit version PyTorch uses (`python -c &quot;import torch; print(torch.version.cuda)&quot;`) and point to it: `export CUDA_HOME=/usr/local/cuda-XX.Y PATH=/usr/local/cuda-XX.Y/bin:$PATH`.</source>
        <extracomment>remedy of the diagnosis rule cuda_version_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Faites-les correspondre (le torch de cet environnement a été construit avec CUDA {torch_cuda} ; le toolkit trouvé est {cuda_version}). Installez soit la build de PyTorch pour votre toolkit (voir `nvcc --version`, par exemple `pip install torch --index-url https://download.pytorch.org/whl/cu121` pour CUDA 12.1), soit la version du toolkit qu’utilise PyTorch (`python -c &quot;import torch; print(torch.version.cuda)&quot;`) et pointez vers elle : `export CUDA_HOME=/usr/local/cuda-XX.Y PATH=/usr/local/cuda-XX.Y/bin:$PATH`.</translation>
    </message>
    <message>
        <source>cuDNN library not found at run time</source>
        <extracomment>title of the diagnosis rule cudnn_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Bibliothèque cuDNN introuvable à l’exécution</translation>
    </message>
    <message>
        <source>A program (often CTranslate2/faster-whisper, ONNX Runtime or TensorFlow, sometimes PyTorch itself) wants the cuDNN shared libraries, but the dynamic loader cannot find the required major version (for example cuDNN 8 vs cuDNN 9) on the library path.</source>
        <extracomment>explanation of the diagnosis rule cudnn_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un programme (souvent CTranslate2/faster-whisper, ONNX Runtime ou TensorFlow, parfois PyTorch lui-même) veut les bibliothèques partagées de cuDNN, mais le chargeur dynamique ne trouve pas la version majeure demandée (par exemple cuDNN 8 au lieu de cuDNN 9) dans le chemin des bibliothèques.</translation>
    </message>
    <message>
        <source>Install the cuDNN major version the program expects, e.g. `pip install nvidia-cudnn-cu12==8.*` (or `nvidia-cudnn-cu11`, or `sudo apt install libcudnn8`), then make it visible: `export LD_LIBRARY_PATH=$(python3 -c &apos;import os, nvidia.cudnn.lib; print(os.path.dirname(nvidia.cudnn.lib.__file__))&apos;):$LD_LIBRARY_PATH`. Alternatively upgrade the program to a version built for the cuDNN you have.</source>
        <extracomment>remedy of the diagnosis rule cudnn_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installez la version majeure de cuDNN qu’attend le programme, par exemple `pip install nvidia-cudnn-cu12==8.*` (ou `nvidia-cudnn-cu11`, ou `sudo apt install libcudnn8`), puis rendez-la visible : `export LD_LIBRARY_PATH=$(python3 -c &apos;import os, nvidia.cudnn.lib; print(os.path.dirname(nvidia.cudnn.lib.__file__))&apos;):$LD_LIBRARY_PATH`. Vous pouvez aussi mettre à jour le programme vers une version construite pour le cuDNN dont vous disposez.</translation>
    </message>
    <message>
        <source>Wrong cuDNN version loaded</source>
        <extracomment>title of the diagnosis rule cudnn_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Mauvaise version de cuDNN chargée</translation>
    </message>
    <message>
        <source>PyTorch ships its own cuDNN, but another cuDNN (from /usr/local/cuda, LD_LIBRARY_PATH or conda) was loaded first and its version does not match. CUDNN_STATUS_NOT_INITIALIZED usually has the same cause (or, less often, the GPU ran out of memory while cuDNN was starting).</source>
        <extracomment>explanation of the diagnosis rule cudnn_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>PyTorch fournit son propre cuDNN, mais un autre cuDNN (de /usr/local/cuda, de LD_LIBRARY_PATH ou de conda) a été chargé en premier et sa version ne correspond pas. CUDNN_STATUS_NOT_INITIALIZED a en général la même cause (ou, plus rarement, le GPU a manqué de mémoire au démarrage de cuDNN).</translation>
    </message>
    <message>
        <source>Remove foreign cuDNN paths from LD_LIBRARY_PATH (`echo $LD_LIBRARY_PATH`; unset it for a test) so the cuDNN bundled with PyTorch is used, or reinstall PyTorch from the official index so its nvidia-cudnn package matches. Check with `python -c &quot;import torch; print(torch.backends.cudnn.version())&quot;`. If the message is CUDNN_STATUS_NOT_INITIALIZED and versions look fine, try a smaller batch size.</source>
        <extracomment>remedy of the diagnosis rule cudnn_mismatch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Retirez de LD_LIBRARY_PATH les chemins vers d’autres cuDNN (`echo $LD_LIBRARY_PATH` ; videz la variable pour un test) afin que le cuDNN fourni avec PyTorch soit utilisé, ou réinstallez PyTorch depuis l’index officiel pour que son paquet nvidia-cudnn corresponde. Vérifiez avec `python -c &quot;import torch; print(torch.backends.cudnn.version())&quot;`. Si le message est CUDNN_STATUS_NOT_INITIALIZED et que les versions semblent correctes, essayez une taille de batch plus petite.</translation>
    </message>
    <message>
        <source>CUDA toolkit (nvcc) not found</source>
        <extracomment>title of the diagnosis rule cuda_toolkit_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Toolkit CUDA (nvcc) introuvable</translation>
    </message>
    <message>
        <source>Building a CUDA extension needs the full CUDA toolkit (the nvcc compiler and headers). The NVIDIA driver and the CUDA libraries inside the PyTorch wheel are not enough, and the build could not find nvcc via CUDA_HOME or PATH. &apos;No CUDA runtime is found&apos; additionally means PyTorch saw no usable GPU at build time.</source>
        <extracomment>explanation of the diagnosis rule cuda_toolkit_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Construire une extension CUDA demande le toolkit CUDA complet (le compilateur nvcc et les en-têtes). Le pilote NVIDIA et les bibliothèques CUDA contenues dans le wheel PyTorch ne suffisent pas, et le build n’a trouvé nvcc ni via CUDA_HOME ni via PATH. &apos;No CUDA runtime is found&apos; signifie en plus que PyTorch n’a vu aucun GPU utilisable au moment du build.</translation>
    </message>
    <message>
        <source>GPU ran out of memory</source>
        <extracomment>title of the diagnosis rule cuda_out_of_memory (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le GPU a manqué de mémoire</translation>
    </message>
    <message>
        <source>The program asked the GPU ({gpu_name}) for more memory than is free. This is a workload problem, not an installation problem: the model, batch or image size is too big for this card, or another process already holds GPU memory.</source>
        <extracomment>explanation of the diagnosis rule cuda_out_of_memory (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le programme a demandé au GPU ({gpu_name}) plus de mémoire qu’il n’en reste de libre. C’est un problème de charge de travail, pas d’installation : le modèle, le batch ou la taille d’image est trop grand pour cette carte, ou un autre processus occupe déjà la mémoire du GPU.</translation>
    </message>
    <message>
        <source>Check `nvidia-smi` for other processes and stop them. Reduce batch size / resolution / sequence length, use half precision (fp16/bf16), gradient checkpointing or CPU offload options of your tool. If &apos;reserved but unallocated&apos; is large, try `export PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True`.</source>
        <extracomment>remedy of the diagnosis rule cuda_out_of_memory (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Consultez `nvidia-smi` pour voir les autres processus et arrêtez-les. Réduisez la taille de batch, la résolution ou la longueur de séquence, utilisez la demi-précision (fp16/bf16), le gradient checkpointing ou les options de déchargement sur CPU de votre outil. Si &apos;reserved but unallocated&apos; est grand, essayez `export PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True`.</translation>
    </message>
    <message>
        <source>PyTorch without CUDA support is installed</source>
        <extracomment>title of the diagnosis rule cpu_only_torch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un PyTorch sans prise en charge de CUDA est installé</translation>
    </message>
    <message>
        <source>The installed torch package is a CPU-only build (the default on macOS, and what pip gives you on Windows or when the wrong index is used), so every &apos;.cuda()&apos; or device=&apos;cuda&apos; call fails.</source>
        <extracomment>explanation of the diagnosis rule cpu_only_torch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le paquet torch installé est une build pour CPU uniquement (le choix par défaut sous macOS, et ce que pip fournit sous Windows ou avec le mauvais index), donc chaque appel à &apos;.cuda()&apos; ou device=&apos;cuda&apos; échoue.</translation>
    </message>
    <message>
        <source>Uninstall it and install a CUDA build: `pip uninstall -y torch torchvision torchaudio` then `pip install torch torchvision torchaudio --index-url https://download.pytorch.org/whl/cu121` (pick the cuXXX matching your driver, see pytorch.org). Verify with `python -c &quot;import torch; print(torch.__version__, torch.cuda.is_available())&quot;` — the version must end in +cuXXX. On a Mac without NVIDIA GPU, run on CPU or &apos;mps&apos; instead.</source>
        <extracomment>remedy of the diagnosis rule cpu_only_torch (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Désinstallez-le et installez une build CUDA : `pip uninstall -y torch torchvision torchaudio` puis `pip install torch torchvision torchaudio --index-url https://download.pytorch.org/whl/cu121` (choisissez le cuXXX adapté à votre pilote, voir pytorch.org). Vérifiez avec `python -c &quot;import torch; print(torch.__version__, torch.cuda.is_available())&quot;` — la version doit se terminer par +cuXXX. Sur un Mac sans GPU NVIDIA, calculez plutôt sur le CPU ou avec &apos;mps&apos;.</translation>
    </message>
    <message>
        <source>NCCL/RCCL multi-GPU communication failure</source>
        <extracomment>title of the diagnosis rule nccl_error (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Échec de la communication multi-GPU (NCCL/RCCL)</translation>
    </message>
    <message>
        <source>A distributed (multi-GPU or multi-node) job failed inside NCCL (or RCCL on AMD), the library that moves tensors between GPUs. Typical causes: GPU peer-to-peer (P2P) transfers that hang or fail (common on consumer boards, WSL, virtual machines, some AMD setups), a too small /dev/shm in Docker, a wrong network interface, or one rank crashing so the others wait until the watchdog timeout.</source>
        <extracomment>explanation of the diagnosis rule nccl_error (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Une tâche distribuée (plusieurs GPU ou plusieurs nœuds) a échoué dans NCCL (ou RCCL chez AMD), la bibliothèque qui déplace les tenseurs entre les GPU. Causes typiques : des transferts pair à pair (P2P) entre GPU qui bloquent ou échouent (fréquent sur les cartes grand public, sous WSL, dans les machines virtuelles, sur certaines configurations AMD), un /dev/shm trop petit dans Docker, une mauvaise interface réseau, ou un rang qui plante pendant que les autres attendent jusqu’au délai du watchdog.</translation>
    </message>
    <message>
        <source>Rerun with `NCCL_DEBUG=INFO` to see the real error. Test `NCCL_P2P_DISABLE=1` (and `NCCL_IB_DISABLE=1` on machines without InfiniBand); in Docker add `--ipc=host` or `--shm-size=16g`; pin the network with `NCCL_SOCKET_IFNAME=eth0`. On AMD use the RCCL from the same ROCm release as PyTorch. If one rank died first (look for the first error above the timeout), fix that error.</source>
        <extracomment>remedy of the diagnosis rule nccl_error (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Relancez avec `NCCL_DEBUG=INFO` pour voir la vraie erreur. Essayez `NCCL_P2P_DISABLE=1` (et `NCCL_IB_DISABLE=1` sur les machines sans InfiniBand) ; dans Docker, ajoutez `--ipc=host` ou `--shm-size=16g` ; fixez l’interface réseau avec `NCCL_SOCKET_IFNAME=eth0`. Sous AMD, utilisez le RCCL de la même version de ROCm que PyTorch. Si un rang est mort en premier (cherchez la première erreur au-dessus du délai dépassé), corrigez cette erreur.</translation>
    </message>
    <message>
        <source>NVIDIA driver too old for this CUDA/PyTorch</source>
        <extracomment>title of the diagnosis rule driver_too_old (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Pilote NVIDIA trop ancien pour ce CUDA/PyTorch</translation>
    </message>
    <message>
        <source>Each CUDA version needs a minimum NVIDIA driver. Your driver ({driver_version}) only supports an older CUDA than the one your PyTorch (or program) was built with. The number in the message ({driver_cuda}) is the newest CUDA the driver supports, written as 1000*major + 10*minor: 11040 means CUDA 11.4.</source>
        <extracomment>explanation of the diagnosis rule driver_too_old (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Chaque version de CUDA demande un pilote NVIDIA minimal. Votre pilote ({driver_version}) ne prend en charge qu’un CUDA plus ancien que celui avec lequel votre PyTorch (ou programme) a été construit. Le nombre du message ({driver_cuda}) est le CUDA le plus récent que le pilote prend en charge, écrit 1000*majeure + 10*mineure : 11040 signifie CUDA 11.4.</translation>
    </message>
    <message>
        <source>Either update the NVIDIA driver (Ubuntu: `sudo ubuntu-drivers install` or `sudo apt install nvidia-driver-550`, then reboot; `nvidia-smi` shows the highest supported &apos;CUDA Version&apos;), or install a PyTorch build for an older CUDA that your driver supports, e.g. `pip install torch --index-url https://download.pytorch.org/whl/cu118`.</source>
        <extracomment>remedy of the diagnosis rule driver_too_old (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Mettez à jour le pilote NVIDIA (Ubuntu : `sudo ubuntu-drivers install` ou `sudo apt install nvidia-driver-550`, puis redémarrez ; `nvidia-smi` affiche la &apos;CUDA Version&apos; la plus élevée prise en charge), ou installez une build de PyTorch pour un CUDA plus ancien que votre pilote prend en charge, par exemple `pip install torch --index-url https://download.pytorch.org/whl/cu118`.</translation>
    </message>
    <message>
        <source>NVIDIA driver not installed or not loaded</source>
        <extracomment>title of the diagnosis rule driver_not_loaded (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Pilote NVIDIA non installé ou non chargé</translation>
    </message>
    <message>
        <source>Software asked for the GPU but the NVIDIA driver cannot be reached: it is not installed, was built for a different kernel (after a kernel update), was blocked, the GPU is not passed into the container/VM, or the driver library libcuda.so is not on the library path (common on WSL, where it lives in /usr/lib/wsl/lib).</source>
        <extracomment>explanation of the diagnosis rule driver_not_loaded (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un logiciel a demandé le GPU, mais le pilote NVIDIA est injoignable : il n’est pas installé, il a été construit pour un autre noyau (après une mise à jour du noyau), il a été bloqué, le GPU n’est pas transmis au conteneur ou à la VM, ou la bibliothèque du pilote libcuda.so n’est pas dans le chemin des bibliothèques (fréquent sous WSL, où elle se trouve dans /usr/lib/wsl/lib).</translation>
    </message>
    <message>
        <source>Run `nvidia-smi` and `lsmod | grep nvidia`. Install/reinstall the driver (Ubuntu: `sudo ubuntu-drivers install`) and reboot; after a kernel update reinstall the DKMS module (`sudo dkms autoinstall`). In Docker use `--gpus all` with the NVIDIA Container Toolkit. On WSL install only the Windows driver and add `export LD_LIBRARY_PATH=/usr/lib/wsl/lib:$LD_LIBRARY_PATH`. Check the rules for Secure Boot and nouveau if they also match.</source>
        <extracomment>remedy of the diagnosis rule driver_not_loaded (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lancez `nvidia-smi` et `lsmod | grep nvidia`. Installez ou réinstallez le pilote (Ubuntu : `sudo ubuntu-drivers install`) et redémarrez ; après une mise à jour du noyau, réinstallez le module DKMS (`sudo dkms autoinstall`). Dans Docker, utilisez `--gpus all` avec le NVIDIA Container Toolkit. Sous WSL, installez uniquement le pilote Windows et ajoutez `export LD_LIBRARY_PATH=/usr/lib/wsl/lib:$LD_LIBRARY_PATH`. Consultez les règles Secure Boot et nouveau si elles correspondent aussi.</translation>
    </message>
    <message>
        <source>NVIDIA driver installation conflict or half-finished upgrade</source>
        <extracomment>title of the diagnosis rule driver_install_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Conflit entre installations du pilote NVIDIA ou mise à niveau inachevée</translation>
    </message>
    <message>
        <source>Two NVIDIA driver installations are fighting: the user-space libraries and the loaded kernel module have different versions (typically after an automatic apt upgrade without reboot), packages from different driver branches or from the .run installer and apt overlap, or the .run installer was started while the driver was in use.</source>
        <extracomment>explanation of the diagnosis rule driver_install_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Deux installations du pilote NVIDIA se gênent : les bibliothèques de l’espace utilisateur et le module noyau chargé ont des versions différentes (typiquement après une mise à niveau apt automatique sans redémarrage), des paquets de branches de pilote différentes ou de l’installateur .run et d’apt se chevauchent, ou l’installateur .run a été lancé pendant que le pilote était utilisé.</translation>
    </message>
    <message>
        <source>If nvidia-smi says &apos;Driver/library version mismatch&apos;, a reboot usually fixes it. Otherwise remove all driver variants and install one cleanly: `sudo apt purge &apos;*nvidia*&apos;` (and `sudo nvidia-uninstall` if you ever used a .run file), `sudo apt autoremove`, then `sudo ubuntu-drivers install` and reboot. Use the .run installer only from a text console with the display manager stopped. To stop surprise upgrades: `sudo apt-mark hold` the driver packages.</source>
        <extracomment>remedy of the diagnosis rule driver_install_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Si nvidia-smi indique &apos;Driver/library version mismatch&apos;, un redémarrage suffit en général. Sinon, supprimez toutes les variantes du pilote et installez-en une proprement : `sudo apt purge &apos;*nvidia*&apos;` (et `sudo nvidia-uninstall` si vous avez déjà utilisé un fichier .run), `sudo apt autoremove`, puis `sudo ubuntu-drivers install` et redémarrez. N’utilisez l’installateur .run que depuis une console texte, le gestionnaire d’affichage arrêté. Pour éviter les mises à niveau surprises : bloquez les paquets du pilote avec `sudo apt-mark hold`.</translation>
    </message>
    <message>
        <source>Open-source nouveau driver blocks the NVIDIA driver</source>
        <extracomment>title of the diagnosis rule nouveau_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le pilote libre nouveau bloque le pilote NVIDIA</translation>
    </message>
    <message>
        <source>Linux loaded the built-in open-source &apos;nouveau&apos; driver for the card, and it keeps the GPU, so the proprietary NVIDIA driver cannot install or attach.</source>
        <extracomment>explanation of the diagnosis rule nouveau_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Linux a chargé pour la carte le pilote libre intégré « nouveau », qui garde le GPU, si bien que le pilote propriétaire NVIDIA ne peut ni s’installer ni s’y attacher.</translation>
    </message>
    <message>
        <source>Blacklist nouveau and rebuild the initramfs: create /etc/modprobe.d/blacklist-nouveau.conf containing `blacklist nouveau` and `options nouveau modeset=0`, run `sudo update-initramfs -u` (Fedora/RHEL: `sudo dracut --force`), reboot, then install the NVIDIA driver (preferably from the distro packages, which do this for you).</source>
        <extracomment>remedy of the diagnosis rule nouveau_conflict (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Mettez nouveau sur liste noire et reconstruisez l’initramfs : créez /etc/modprobe.d/blacklist-nouveau.conf contenant `blacklist nouveau` et `options nouveau modeset=0`, lancez `sudo update-initramfs -u` (Fedora/RHEL : `sudo dracut --force`), redémarrez, puis installez le pilote NVIDIA (de préférence depuis les paquets de la distribution, qui s’en chargent pour vous).</translation>
    </message>
    <message>
        <source>Secure Boot rejects the unsigned NVIDIA kernel module</source>
        <extracomment>title of the diagnosis rule secure_boot_blocks_driver (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Secure Boot refuse le module noyau NVIDIA non signé</translation>
    </message>
    <message>
        <source>UEFI Secure Boot is on and the NVIDIA kernel module (built by DKMS or the .run installer) is not signed with a key the firmware trusts, so the kernel refuses to load it. nvidia-smi then reports that it cannot talk to the driver.</source>
        <extracomment>explanation of the diagnosis rule secure_boot_blocks_driver (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>UEFI Secure Boot est activé et le module noyau NVIDIA (construit par DKMS ou par l’installateur .run) n’est pas signé avec une clé à laquelle le micrologiciel fait confiance, donc le noyau refuse de le charger. nvidia-smi signale alors qu’il ne peut pas communiquer avec le pilote.</translation>
    </message>
    <message>
        <source>Either enroll the DKMS signing key: `sudo mokutil --import /var/lib/shim-signed/mok/MOK.der` (Ubuntu) or `/var/lib/dkms/mok.pub`, choose a password, reboot and pick &apos;Enroll MOK&apos; in the blue screen; or use the distribution&apos;s pre-signed driver packages (Ubuntu: `sudo ubuntu-drivers install`); or disable Secure Boot in the firmware settings.</source>
        <extracomment>remedy of the diagnosis rule secure_boot_blocks_driver (driver.json); keep {placeholders} and `commands`</extracomment>
        <translation>Enregistrez la clé de signature DKMS : `sudo mokutil --import /var/lib/shim-signed/mok/MOK.der` (Ubuntu) ou `/var/lib/dkms/mok.pub`, choisissez un mot de passe, redémarrez et choisissez &apos;Enroll MOK&apos; sur l’écran bleu ; ou utilisez les paquets de pilote pré-signés de la distribution (Ubuntu : `sudo ubuntu-drivers install`) ; ou désactivez Secure Boot dans les réglages du micrologiciel.</translation>
    </message>
    <message>
        <source>Network problem while downloading (pip, conda, git)</source>
        <extracomment>title of the diagnosis rule network_error (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>Problème réseau pendant le téléchargement (pip, conda, git)</translation>
    </message>
    <message>
        <source>A download was interrupted or could not start: DNS failure, timeout, firewall/proxy, or an unstable connection. PyTorch CUDA wheels are 2-3 GB, so slow links often time out in the middle.</source>
        <extracomment>explanation of the diagnosis rule network_error (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un téléchargement a été interrompu ou n’a pas pu démarrer : échec DNS, délai dépassé, pare-feu/proxy ou connexion instable. Les wheels CUDA de PyTorch pèsent 2 à 3 Go, si bien que les liaisons lentes expirent souvent en cours de route.</translation>
    </message>
    <message>
        <source>Retry; for pip add `--timeout 120 --retries 10` (and `--no-cache-dir` if a cached file is corrupt). Behind a proxy set `HTTPS_PROXY=http://host:port`. For git:// URLs that are blocked, use https: `git config --global url.&quot;https://github.com/&quot;.insteadOf git://github.com/`. For very large wheels, download with a resumable tool (`wget -c URL`) and `pip install ./file.whl`. A machine without internet: fetch the plan&apos;s downloads elsewhere with `dlstack bundle PLAN.json DIR`, copy DIR over and plan with `--mirror DIR`.</source>
        <extracomment>remedy of the diagnosis rule network_error (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>Réessayez ; pour pip, ajoutez `--timeout 120 --retries 10` (et `--no-cache-dir` si un fichier en cache est corrompu). Derrière un proxy, définissez `HTTPS_PROXY=http://host:port`. Pour les URL git:// bloquées, utilisez https : `git config --global url.&quot;https://github.com/&quot;.insteadOf git://github.com/`. Pour les très gros wheels, téléchargez avec un outil capable de reprendre (`wget -c URL`) puis `pip install ./file.whl`. Sur une machine sans Internet : récupérez ailleurs les téléchargements du plan avec `dlstack bundle PLAN.json DIR`, copiez DIR sur la machine et planifiez avec `--mirror DIR`.</translation>
    </message>
    <message>
        <source>pip refuses to install into the system Python (externally managed environment, PEP 668)</source>
        <extracomment>title of the diagnosis rule pip_externally_managed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip refuse d’installer dans le Python du système (environnement géré de l’extérieur, PEP 668)</translation>
    </message>
    <message>
        <source>Newer Linux distributions (Debian 12, Ubuntu 23.04 and later, Fedora 38 and later, Homebrew Python) mark their system Python as managed by the package manager (PEP 668). pip and uv then refuse to install packages such as torch into it, so nothing was installed. This is a safety rule, not a broken pip.</source>
        <extracomment>explanation of the diagnosis rule pip_externally_managed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les distributions Linux récentes (Debian 12, Ubuntu 23.04 et suivantes, Fedora 38 et suivantes, le Python de Homebrew) marquent leur Python système comme géré par le gestionnaire de paquets (PEP 668). pip et uv refusent alors d’y installer des paquets comme torch, et rien n’a été installé. C’est une règle de sécurité, pas un pip cassé.</translation>
    </message>
    <message>
        <source>Install into a virtual environment instead: `python3 -m venv ~/venvs/torch &amp;&amp; source ~/venvs/torch/bin/activate`, then run the same `pip install ...` again (on Debian/Ubuntu install `sudo apt install python3-venv python3-full` first). With uv: `uv venv &amp;&amp; source .venv/bin/activate &amp;&amp; uv pip install ...`. A conda environment works too. Do not use `--break-system-packages` or `sudo pip`: mixing pip packages into the system Python can break tools of the operating system.</source>
        <extracomment>remedy of the diagnosis rule pip_externally_managed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installez plutôt dans un environnement virtuel : `python3 -m venv ~/venvs/torch &amp;&amp; source ~/venvs/torch/bin/activate`, puis relancez le même `pip install ...` (sous Debian/Ubuntu, installez d’abord `sudo apt install python3-venv python3-full`). Avec uv : `uv venv &amp;&amp; source .venv/bin/activate &amp;&amp; uv pip install ...`. Un environnement conda convient aussi. N’utilisez pas `--break-system-packages` ni `sudo pip` : mélanger des paquets pip au Python du système peut casser des outils du système d’exploitation.</translation>
    </message>
    <message>
        <source>Extension build cannot import torch: pip/uv build isolation hides the installed torch</source>
        <extracomment>title of the diagnosis rule build_isolation_torch_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le build de l’extension ne peut pas importer torch : l’isolation de build de pip/uv cache le torch installé</translation>
    </message>
    <message>
        <source>The package being built (flash-attn, xformers, apex, detectron2, mamba-ssm, torch-scatter, ...) imports torch in its setup.py while pip or uv prepares it (&apos;Getting requirements to build wheel&apos;, &apos;egg_info&apos;, &apos;metadata&apos;). pip and uv build each package in a fresh, isolated environment that contains only the build requirements the package declares, and torch is not among them, so `import torch` fails there even if torch is installed in your environment. The indented &apos;No module named torch&apos; comes from that hidden build environment.</source>
        <extracomment>explanation of the diagnosis rule build_isolation_torch_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le paquet en cours de build (flash-attn, xformers, apex, detectron2, mamba-ssm, torch-scatter, ...) importe torch dans son setup.py pendant que pip ou uv le prépare (&apos;Getting requirements to build wheel&apos;, &apos;egg_info&apos;, &apos;metadata&apos;). pip et uv construisent chaque paquet dans un environnement neuf et isolé qui ne contient que les dépendances de build déclarées par le paquet, et torch n’en fait pas partie ; `import torch` y échoue donc même si torch est installé dans votre environnement. Le &apos;No module named torch&apos; indenté vient de cet environnement de build caché.</translation>
    </message>
    <message>
        <source>Install torch first, in the same environment, then build the extension against it without isolation: `pip install torch` (the variant you want), `pip install packaging ninja wheel setuptools`, then `pip install &lt;package&gt; --no-build-isolation`. With uv: `uv pip install torch` then `uv pip install &lt;package&gt; --no-build-isolation` (or list it under `[tool.uv.extra-build-dependencies]`). Check that `python -c &quot;import torch; print(torch.__version__)&quot;` works with the same interpreter first.</source>
        <extracomment>remedy of the diagnosis rule build_isolation_torch_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installez d’abord torch, dans le même environnement, puis construisez l’extension contre lui sans isolation : `pip install torch` (la variante voulue), `pip install packaging ninja wheel setuptools`, puis `pip install &lt;package&gt; --no-build-isolation`. Avec uv : `uv pip install torch` puis `uv pip install &lt;package&gt; --no-build-isolation` (ou déclarez-le sous `[tool.uv.extra-build-dependencies]`). Vérifiez d’abord que `python -c &quot;import torch; print(torch.__version__)&quot;` fonctionne avec le même interpréteur.</translation>
    </message>
    <message>
        <source>A Python module the build needs is not installed</source>
        <extracomment>title of the diagnosis rule build_dependency_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un module Python nécessaire au build n’est pas installé</translation>
    </message>
    <message>
        <source>A build script (PyTorch&apos;s code generator torchgen, CMake&apos;s codegen step, or an extension&apos;s setup.py) imports the Python module &apos;{module}&apos;, and the interpreter running the build does not have it, or has a version that is too old. Source builds of PyTorch and of extensions built with `--no-build-isolation` rely on you installing their Python build requirements first.</source>
        <extracomment>explanation of the diagnosis rule build_dependency_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un script de build (le générateur de code torchgen de PyTorch, l’étape de génération de CMake ou le setup.py d’une extension) importe le module Python &apos;{module}&apos;, et l’interpréteur qui exécute le build ne l’a pas, ou en a une version trop ancienne. Les builds depuis les sources de PyTorch et des extensions construites avec `--no-build-isolation` supposent que vous ayez d’abord installé leurs dépendances de build Python.</translation>
    </message>
    <message>
        <source>Install the build requirements into the environment that runs the build: for a PyTorch source tree `pip install -r requirements.txt` (it contains pyyaml, typing_extensions, numpy, ...); otherwise install the module itself, e.g. `pip install pyyaml` (for yaml), `pip install -U typing_extensions`, `pip install packaging`. Make sure it is the same Python: `python -m pip install ...` with the python that runs setup.py, then build again.</source>
        <extracomment>remedy of the diagnosis rule build_dependency_missing (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installez les dépendances de build dans l’environnement qui exécute le build : pour une arborescence de sources de PyTorch, `pip install -r requirements.txt` (qui contient pyyaml, typing_extensions, numpy, ...) ; sinon installez le module lui-même, par exemple `pip install pyyaml` (pour yaml), `pip install -U typing_extensions`, `pip install packaging`. Vérifiez qu’il s’agit du même Python : `python -m pip install ...` avec le python qui exécute setup.py, puis reconstruisez.</translation>
    </message>
    <message>
        <source>pip cannot resolve the requested versions (torch and its companions conflict)</source>
        <extracomment>title of the diagnosis rule pip_resolver_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip ne parvient pas à résoudre les versions demandées (torch et ses compagnons sont en conflit)</translation>
    </message>
    <message>
        <source>The package installer found no set of versions that satisfies every requirement at once. Typically torch is pinned to one version while torchvision, torchaudio, xformers or another package requires a different exact torch (each torchvision release works with exactly one torch release). The lines after &apos;The conflict is caused by&apos; name who wants which version.</source>
        <extracomment>explanation of the diagnosis rule pip_resolver_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>L’installateur de paquets n’a trouvé aucun ensemble de versions qui satisfasse toutes les exigences à la fois. En général, torch est fixé à une version alors que torchvision, torchaudio, xformers ou un autre paquet exige un autre torch précis (chaque version de torchvision fonctionne avec exactement une version de torch). Les lignes après &apos;The conflict is caused by&apos; disent qui veut quelle version.</translation>
    </message>
    <message>
        <source>Read the &apos;depends on&apos; lines and choose versions that belong together: torch 2.5.1 goes with torchvision 0.20.1 and torchaudio 2.5.1, torch 2.4.1 with 0.19.1/2.4.1, torch 2.1.0 with 0.16.0/2.1.0 (table: https://github.com/pytorch/vision#installation). Remove or relax the conflicting pin in requirements.txt, or pin the companion (e.g. an xformers release built for your torch), and install torch, torchvision and torchaudio in one command from the same index, e.g. `pip install torch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 --index-url https://download.pytorch.org/whl/cu124`.</source>
        <extracomment>remedy of the diagnosis rule pip_resolver_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lisez les lignes &apos;depends on&apos; et choisissez des versions qui vont ensemble : torch 2.5.1 va avec torchvision 0.20.1 et torchaudio 2.5.1, torch 2.4.1 avec 0.19.1/2.4.1, torch 2.1.0 avec 0.16.0/2.1.0 (tableau : https://github.com/pytorch/vision#installation). Supprimez ou assouplissez la contrainte en conflit dans requirements.txt, ou fixez le compagnon (par exemple une version de xformers construite pour votre torch), et installez torch, torchvision et torchaudio en une seule commande depuis le même index, par exemple `pip install torch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 --index-url https://download.pytorch.org/whl/cu124`.</translation>
    </message>
    <message>
        <source>The wheel file does not fit this Python or platform</source>
        <extracomment>title of the diagnosis rule wheel_platform_unsupported (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le fichier wheel ne convient pas à ce Python ou à cette plateforme</translation>
    </message>
    <message>
        <source>A wheel&apos;s file name says which Python and which system it is for: e.g. `cp311` = CPython 3.11, `cp27mu` = a Python 2.7 build variant, `win_amd64`/`manylinux_2_28_x86_64`/`aarch64`/`macosx_arm64` = operating system and CPU. The file you asked for was built for another Python version, another CPU architecture (x86_64 vs ARM), another OS, or a newer glibc/musl than this machine has, so pip/uv will not install it.</source>
        <extracomment>explanation of the diagnosis rule wheel_platform_unsupported (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le nom de fichier d’un wheel indique pour quel Python et quel système il est fait : par exemple `cp311` = CPython 3.11, `cp27mu` = une variante de build de Python 2.7, `win_amd64`/`manylinux_2_28_x86_64`/`aarch64`/`macosx_arm64` = système d’exploitation et CPU. Le fichier demandé a été construit pour une autre version de Python, une autre architecture de CPU (x86_64 ou ARM), un autre système ou une glibc/musl plus récente que celle de cette machine, donc pip/uv ne l’installera pas.</translation>
    </message>
    <message>
        <source>Compare the tags with your interpreter: `python -c &quot;import sys, platform; print(sys.version, platform.machine())&quot;` and `python -m pip debug --verbose` (lists the tags this pip accepts). Download the wheel whose `cpXY` matches your Python {python_version} and whose platform matches your OS/CPU, or create an environment with the Python the wheel was built for (e.g. `conda create -n env python=3.10`). Make sure `pip` belongs to that Python: use `python -m pip install &lt;file&gt;.whl`.</source>
        <extracomment>remedy of the diagnosis rule wheel_platform_unsupported (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Comparez les étiquettes avec votre interpréteur : `python -c &quot;import sys, platform; print(sys.version, platform.machine())&quot;` et `python -m pip debug --verbose` (liste les étiquettes qu’accepte ce pip). Téléchargez le wheel dont le `cpXY` correspond à votre Python {python_version} et dont la plateforme correspond à votre système et à votre CPU, ou créez un environnement avec le Python pour lequel le wheel a été construit (par exemple `conda create -n env python=3.10`). Vérifiez que `pip` appartient à ce Python : utilisez `python -m pip install &lt;file&gt;.whl`.</translation>
    </message>
    <message>
        <source>conda is not initialised in this shell (conda activate / conda command unavailable)</source>
        <extracomment>title of the diagnosis rule conda_not_initialized (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>conda n’est pas initialisé dans ce shell (conda activate / commande conda indisponible)</translation>
    </message>
    <message>
        <source>`conda activate` only works after conda has added its shell function to your shell&apos;s start-up file (`conda init`), and a plain `conda` command only works when its folder is on PATH. Non-interactive shells (scripts, Dockerfile RUN lines, cron, CI, subprocess calls) do not read ~/.bashrc, so conda is missing there even when it works in your terminal. Everything installed afterwards went to the wrong Python or did not run at all.</source>
        <extracomment>explanation of the diagnosis rule conda_not_initialized (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>`conda activate` ne fonctionne qu’après que conda a ajouté sa fonction shell au fichier de démarrage de votre shell (`conda init`), et une simple commande `conda` ne fonctionne que si son dossier est dans le PATH. Les shells non interactifs (scripts, lignes RUN de Dockerfile, cron, CI, sous-processus) ne lisent pas ~/.bashrc, donc conda y manque même s’il fonctionne dans votre terminal. Tout ce qui a été installé ensuite est allé dans le mauvais Python ou ne s’est pas exécuté du tout.</translation>
    </message>
    <message>
        <source>Once per shell: `conda init bash` (or zsh/fish/powershell), then open a new terminal. In a script, load conda explicitly: `source ~/miniconda3/etc/profile.d/conda.sh &amp;&amp; conda activate &lt;env&gt;` (adjust the path; `conda info --base` shows it), or skip activation and call the environment&apos;s tools directly: `conda run -n &lt;env&gt; python ...` or `~/miniconda3/envs/&lt;env&gt;/bin/python`. In Dockerfiles use `SHELL [&quot;conda&quot;, &quot;run&quot;, &quot;-n&quot;, &quot;&lt;env&gt;&quot;, &quot;/bin/bash&quot;, &quot;-c&quot;]`. For micromamba: `eval &quot;$(micromamba shell hook --shell bash)&quot;`.</source>
        <extracomment>remedy of the diagnosis rule conda_not_initialized (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Une fois par shell : `conda init bash` (ou zsh/fish/powershell), puis ouvrez un nouveau terminal. Dans un script, chargez conda explicitement : `source ~/miniconda3/etc/profile.d/conda.sh &amp;&amp; conda activate &lt;env&gt;` (adaptez le chemin ; `conda info --base` l’affiche), ou passez l’activation et appelez directement les outils de l’environnement : `conda run -n &lt;env&gt; python ...` ou `~/miniconda3/envs/&lt;env&gt;/bin/python`. Dans les Dockerfiles, utilisez `SHELL [&quot;conda&quot;, &quot;run&quot;, &quot;-n&quot;, &quot;&lt;env&gt;&quot;, &quot;/bin/bash&quot;, &quot;-c&quot;]`. Pour micromamba : `eval &quot;$(micromamba shell hook --shell bash)&quot;`.</translation>
    </message>
    <message>
        <source>Python cannot find torch: it is not installed for the interpreter that runs the program</source>
        <extracomment>title of the diagnosis rule torch_not_installed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Python ne trouve pas torch : il n’est pas installé pour l’interpréteur qui exécute le programme</translation>
    </message>
    <message>
        <source>The Python that ran the program has no torch package. Usually torch is installed, but into another environment: pip belongs to a different Python than `python`, a Jupyter kernel uses another environment, a portable app (e.g. ComfyUI&apos;s python_embeded) was started with the system Python, or the conda/venv was not activated.</source>
        <extracomment>explanation of the diagnosis rule torch_not_installed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le Python qui a exécuté le programme n’a pas de paquet torch. En général torch est installé, mais dans un autre environnement : pip appartient à un autre Python que `python`, un noyau Jupyter utilise un autre environnement, une application portable (par exemple le python_embeded de ComfyUI) a été lancée avec le Python du système, ou l’environnement conda/venv n’était pas activé.</translation>
    </message>
    <message>
        <source>Check which interpreter runs and what it sees: `python -c &quot;import sys; print(sys.executable)&quot;` and `python -m pip show torch`. Install into exactly that interpreter with `python -m pip install torch` (never a bare `pip`), or start the program with the environment&apos;s Python (activate the venv/conda env first; for portable apps use their own launcher). In Jupyter, pick the right kernel (Kernel &gt; Change kernel) or run `%pip install torch` in a cell.</source>
        <extracomment>remedy of the diagnosis rule torch_not_installed (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Vérifiez quel interpréteur s’exécute et ce qu’il voit : `python -c &quot;import sys; print(sys.executable)&quot;` et `python -m pip show torch`. Installez dans cet interpréteur précis avec `python -m pip install torch` (jamais un `pip` seul), ou lancez le programme avec le Python de l’environnement (activez d’abord le venv ou l’environnement conda ; pour les applications portables, utilisez leur propre lanceur). Dans Jupyter, choisissez le bon noyau (Kernel &gt; Change kernel) ou exécutez `%pip install torch` dans une cellule.</translation>
    </message>
    <message>
        <source>pip&apos;s NVIDIA CUDA libraries are mixed with another CUDA copy on the library path</source>
        <extracomment>title of the diagnosis rule pip_cuda_wheels_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les bibliothèques CUDA NVIDIA de pip sont mélangées avec une autre copie de CUDA dans le chemin des bibliothèques</translation>
    </message>
    <message>
        <source>PyTorch wheels from pip bring their own CUDA libraries as nvidia-* packages (site-packages/nvidia/*/lib). Here a CUDA library (from the message: {library}) was mixed with, or replaced by, a copy from somewhere else, normally from LD_LIBRARY_PATH, /usr/local/cuda or the system&apos;s /usr/lib. The two copies come from different CUDA releases, so a symbol one expects is missing in the other (e.g. `__nvJitLink..._12_4` from a CUDA 12.2 libnvJitLink).</source>
        <extracomment>explanation of the diagnosis rule pip_cuda_wheels_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les wheels PyTorch de pip apportent leurs propres bibliothèques CUDA sous forme de paquets nvidia-* (site-packages/nvidia/*/lib). Ici, une bibliothèque CUDA (d’après le message : {library}) a été mélangée avec une copie venue d’ailleurs, ou remplacée par elle, normalement depuis LD_LIBRARY_PATH, /usr/local/cuda ou le /usr/lib du système. Les deux copies viennent de versions de CUDA différentes, donc un symbole attendu par l’une manque dans l’autre (par exemple `__nvJitLink..._12_4` depuis un libnvJitLink de CUDA 12.2).</translation>
    </message>
    <message>
        <source>Let the wheel use its own libraries: run with `env -u LD_LIBRARY_PATH python ...` (or remove /usr/local/cuda and cluster module paths from LD_LIBRARY_PATH in ~/.bashrc; `echo $LD_LIBRARY_PATH` shows them). Make the nvidia-* wheels consistent with torch: `pip install --force-reinstall torch --index-url https://download.pytorch.org/whl/cu124` (your CUDA variant), and do not `pip install` nvidia-* packages of another CUDA version by hand. `LD_DEBUG=libs python -c &quot;import torch&quot; 2&gt;&amp;1 | grep -E &apos;cudnn|cublas|nvJitLink&apos;` shows which copy is loaded.</source>
        <extracomment>remedy of the diagnosis rule pip_cuda_wheels_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Laissez le wheel utiliser ses propres bibliothèques : lancez avec `env -u LD_LIBRARY_PATH python ...` (ou retirez /usr/local/cuda et les chemins de modules du cluster de LD_LIBRARY_PATH dans ~/.bashrc ; `echo $LD_LIBRARY_PATH` les affiche). Rendez les wheels nvidia-* cohérents avec torch : `pip install --force-reinstall torch --index-url https://download.pytorch.org/whl/cu124` (votre variante de CUDA), et n’installez pas à la main avec `pip install` des paquets nvidia-* d’une autre version de CUDA. `LD_DEBUG=libs python -c &quot;import torch&quot; 2&gt;&amp;1 | grep -E &apos;cudnn|cublas|nvJitLink&apos;` montre quelle copie est chargée.</translation>
    </message>
    <message>
        <source>protobuf runtime and generated _pb2 code are from incompatible versions</source>
        <extracomment>title of the diagnosis rule protobuf_version_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le runtime protobuf et le code _pb2 généré viennent de versions incompatibles</translation>
    </message>
    <message>
        <source>Code generated by protoc (the *_pb2.py files inside packages such as TensorFlow, ONNX, MediaPipe, TensorBoard, grpc tools) only works with a matching range of the protobuf runtime package. protobuf 4.21 and later refuse _pb2 files made by an old protoc (&apos;Descriptors cannot be created directly&apos;); _pb2 files made by a new protoc need a runtime at least as new (&apos;cannot import name runtime_version/builder&apos;, &apos;Gencode/Runtime versions&apos;, VersionError). pip installed a protobuf outside the range one of your packages was built for.</source>
        <extracomment>explanation of the diagnosis rule protobuf_version_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le code généré par protoc (les fichiers *_pb2.py dans des paquets comme TensorFlow, ONNX, MediaPipe, TensorBoard, grpc tools) ne fonctionne qu’avec une plage correspondante du paquet runtime protobuf. protobuf 4.21 et suivants refusent les fichiers _pb2 produits par un ancien protoc (&apos;Descriptors cannot be created directly&apos;) ; les fichiers _pb2 produits par un protoc récent demandent un runtime au moins aussi récent (&apos;cannot import name runtime_version/builder&apos;, &apos;Gencode/Runtime versions&apos;, VersionError). pip a installé un protobuf hors de la plage pour laquelle l’un de vos paquets a été construit.</translation>
    </message>
    <message>
        <source>See what is installed: `python -m pip show protobuf` and which package complains (the _pb2 file path in the traceback). Old generated code: pin the runtime, e.g. `pip install &quot;protobuf&lt;=3.20.3&quot;` (or the version the package documents), or upgrade that package to a release built with a newer protoc. New generated code: upgrade the runtime, `pip install -U protobuf` (at least the gencode version in the message). As a slow stopgap, `export PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python`. Regenerate your own _pb2 files with the same protoc version as the runtime you pin.</source>
        <extracomment>remedy of the diagnosis rule protobuf_version_conflict (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Voyez ce qui est installé : `python -m pip show protobuf` et quel paquet se plaint (le chemin du fichier _pb2 dans le traceback). Code généré ancien : fixez le runtime, par exemple `pip install &quot;protobuf&lt;=3.20.3&quot;` (ou la version que documente le paquet), ou mettez ce paquet à jour vers une version construite avec un protoc plus récent. Code généré récent : mettez le runtime à jour, `pip install -U protobuf` (au moins la version gencode du message). En dépannage lent : `export PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python`. Régénérez vos propres fichiers _pb2 avec la même version de protoc que le runtime que vous fixez.</translation>
    </message>
    <message>
        <source>apt/dpkg is locked by another package manager process</source>
        <extracomment>title of the diagnosis rule apt_lock_held (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>apt/dpkg est verrouillé par un autre processus de gestion de paquets</translation>
    </message>
    <message>
        <source>apt and dpkg allow only one package operation at a time and protect it with lock files in /var/lib/dpkg and /var/lib/apt. Another process held the lock (here: {holder}), so this installation did not even start. On fresh cloud VMs and CI runners this is usually unattended-upgrades or cloud-init installing updates right after boot; elsewhere a second apt/Software Updater window, or an earlier apt-get still waiting for an answer.</source>
        <extracomment>explanation of the diagnosis rule apt_lock_held (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>apt et dpkg n’autorisent qu’une opération sur les paquets à la fois et la protègent par des fichiers de verrou dans /var/lib/dpkg et /var/lib/apt. Un autre processus détenait le verrou (ici : {holder}), donc cette installation n’a même pas commencé. Sur les VM cloud neuves et les runners de CI, il s’agit en général d’unattended-upgrades ou de cloud-init qui installent des mises à jour juste après le démarrage ; ailleurs, d’une seconde fenêtre apt ou de mise à jour, ou d’un apt-get antérieur qui attend encore une réponse.</translation>
    </message>
    <message>
        <source>Wait for the other process to finish (`ps aux | grep -E &apos;apt|dpkg|unattended&apos;` shows it), then run the command again. Let apt wait by itself: `sudo apt-get -o DPkg::Lock::Timeout=600 install ...`. On CI/VM images stop the automatic updates first: `sudo systemctl stop unattended-upgrades apt-daily.service apt-daily-upgrade.service` (or `cloud-init status --wait`). Do not delete the lock files while a process holds them; if the holder crashed, run `sudo dpkg --configure -a` to finish the interrupted work.</source>
        <extracomment>remedy of the diagnosis rule apt_lock_held (packaging.json); keep {placeholders} and `commands`</extracomment>
        <translation>Attendez que l’autre processus se termine (`ps aux | grep -E &apos;apt|dpkg|unattended&apos;` le montre), puis relancez la commande. Laissez apt attendre de lui-même : `sudo apt-get -o DPkg::Lock::Timeout=600 install ...`. Sur les images de CI ou de VM, arrêtez d’abord les mises à jour automatiques : `sudo systemctl stop unattended-upgrades apt-daily.service apt-daily-upgrade.service` (ou `cloud-init status --wait`). Ne supprimez pas les fichiers de verrou tant qu’un processus les détient ; si le détenteur a planté, lancez `sudo dpkg --configure -a` pour terminer le travail interrompu.</translation>
    </message>
    <message>
        <source>No PyTorch wheel for this Python (version too new, too old, or 32-bit)</source>
        <extracomment>title of the diagnosis rule python_version_unsupported (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Aucun wheel PyTorch pour ce Python (version trop récente, trop ancienne ou 32 bits)</translation>
    </message>
    <message>
        <source>pip could not find a torch (or torchvision/torchaudio) file for your Python {python_version}. PyTorch publishes wheels only for a window of Python versions (e.g. torch 1.13 stops at Python 3.10, 2.0 at 3.11) and only for 64-bit Python; the &apos;(from versions: ...)&apos; list shows what does exist for your interpreter. It also happens when the pinned version or its +cuXXX suffix does not exist at the given index.</source>
        <extracomment>explanation of the diagnosis rule python_version_unsupported (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip n’a trouvé aucun fichier torch (ou torchvision/torchaudio) pour votre Python {python_version}. PyTorch ne publie des wheels que pour une fenêtre de versions de Python (par exemple torch 1.13 s’arrête à Python 3.10, 2.0 à 3.11) et seulement pour le Python 64 bits ; la liste &apos;(from versions: ...)&apos; montre ce qui existe pour votre interpréteur. Cela arrive aussi quand la version fixée ou son suffixe +cuXXX n’existe pas dans l’index indiqué.</translation>
    </message>
    <message>
        <source>Use a Python version the pinned torch supports, e.g. `conda create -n env python=3.10` or `uv venv --python 3.10`, then install again; or raise the torch pin to one of the listed versions. On Windows make sure Python is 64-bit (`python -c &quot;import struct; print(struct.calcsize(&apos;P&apos;)*8)&quot;`).</source>
        <extracomment>remedy of the diagnosis rule python_version_unsupported (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Utilisez une version de Python que le torch fixé prend en charge, par exemple `conda create -n env python=3.10` ou `uv venv --python 3.10`, puis réinstallez ; ou remontez la contrainte sur torch vers l’une des versions listées. Sous Windows, vérifiez que Python est en 64 bits (`python -c &quot;import struct; print(struct.calcsize(&apos;P&apos;)*8)&quot;`).</translation>
    </message>
    <message>
        <source>conda/mamba cannot find a consistent set of packages</source>
        <extracomment>title of the diagnosis rule conda_solver_conflict (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>conda/mamba ne trouve pas d’ensemble de paquets cohérent</translation>
    </message>
    <message>
        <source>The conda solver could not satisfy all requested versions at once — for example pytorch-cuda, torchaudio and python pins that exclude each other, packages mixed from incompatible channels, or a requested CUDA that the machine&apos;s __cuda/__glibc virtual packages do not allow.</source>
        <extracomment>explanation of the diagnosis rule conda_solver_conflict (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le solveur de conda n’a pas pu satisfaire toutes les versions demandées à la fois — par exemple des contraintes sur pytorch-cuda, torchaudio et python qui s’excluent, des paquets mélangés depuis des canaux incompatibles, ou un CUDA demandé que les paquets virtuels __cuda/__glibc de la machine n’autorisent pas.</translation>
    </message>
    <message>
        <source>Start from a fresh environment instead of installing into base: `conda create -n torchenv python=3.10`. Request torch, torchvision, torchaudio and pytorch-cuda together with matching versions from the PyTorch install page, with `-c pytorch -c nvidia` and no mixed channels, or install PyTorch with pip inside the conda env. Read the lines after &apos;Could not solve&apos; — they name the conflicting packages.</source>
        <extracomment>remedy of the diagnosis rule conda_solver_conflict (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Partez d’un environnement neuf au lieu d’installer dans base : `conda create -n torchenv python=3.10`. Demandez torch, torchvision, torchaudio et pytorch-cuda ensemble, avec les versions assorties de la page d’installation de PyTorch, avec `-c pytorch -c nvidia` et sans mélanger les canaux, ou installez PyTorch avec pip dans l’environnement conda. Lisez les lignes après &apos;Could not solve&apos; — elles nomment les paquets en conflit.</translation>
    </message>
    <message>
        <source>Compiled module does not match the installed NumPy (1.x vs 2.x)</source>
        <extracomment>title of the diagnosis rule numpy_abi_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un module compilé ne correspond pas au NumPy installé (1.x ou 2.x)</translation>
    </message>
    <message>
        <source>A package with compiled code (torch, opencv, numexpr, ...) was built against a different NumPy than the one installed. NumPy 2.0 changed the binary interface, so modules built for NumPy 1.x cannot load under 2.x; the older &apos;API version 0x..&apos; message is the same problem for older NumPy releases.</source>
        <extracomment>explanation of the diagnosis rule numpy_abi_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un paquet contenant du code compilé (torch, opencv, numexpr, ...) a été construit contre un autre NumPy que celui installé. NumPy 2.0 a changé l’interface binaire, donc les modules construits pour NumPy 1.x ne se chargent pas sous 2.x ; l’ancien message &apos;API version 0x..&apos; est le même problème pour les anciennes versions de NumPy.</translation>
    </message>
    <message>
        <source>Quick fix: `pip install &quot;numpy&lt;2&quot;`. Better: upgrade the package named in the traceback to a release built for NumPy 2 (a recent torch, opencv, etc.). For the &apos;API version&apos; form, upgrade NumPy (`pip install -U numpy`) to at least the version the module was built with.</source>
        <extracomment>remedy of the diagnosis rule numpy_abi_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Solution rapide : `pip install &quot;numpy&lt;2&quot;`. Mieux : mettez à jour le paquet nommé dans le traceback vers une version construite pour NumPy 2 (un torch, un opencv récents, etc.). Pour la forme &apos;API version&apos;, mettez NumPy à jour (`pip install -U numpy`) au moins vers la version avec laquelle le module a été construit.</translation>
    </message>
    <message>
        <source>Python packaging tools missing (setuptools/wheel/distutils)</source>
        <extracomment>title of the diagnosis rule python_build_tooling (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Outils d’empaquetage Python manquants (setuptools/wheel/distutils)</translation>
    </message>
    <message>
        <source>Update the tools in the same environment: `python -m pip install -U pip setuptools wheel`. For distutils on Python 3.12+, a current setuptools provides a replacement; if a package still needs the real one, use Python 3.11 for it.</source>
        <extracomment>remedy of the diagnosis rule python_build_tooling (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Mettez à jour les outils dans le même environnement : `python -m pip install -U pip setuptools wheel`. Pour distutils sous Python 3.12+, un setuptools récent fournit un remplaçant ; si un paquet exige encore le vrai, utilisez Python 3.11 pour lui.</translation>
    </message>
    <message>
        <source>torchvision/torchaudio do not belong to the installed torch</source>
        <extracomment>title of the diagnosis rule torch_pairing_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>torchvision/torchaudio ne correspondent pas au torch installé</translation>
    </message>
    <message>
        <source>Reinstall the three together from the same index so versions match (see the compatibility table on pytorch.org), e.g. `pip install --force-reinstall torch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1 --index-url https://download.pytorch.org/whl/cu121`. Check with `python -c &quot;import torch, torchvision; print(torch.__version__, torchvision.__version__)&quot;`.</source>
        <extracomment>remedy of the diagnosis rule torch_pairing_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Réinstallez les trois ensemble depuis le même index pour que les versions correspondent (voir le tableau de compatibilité sur pytorch.org), par exemple `pip install --force-reinstall torch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1 --index-url https://download.pytorch.org/whl/cu121`. Vérifiez avec `python -c &quot;import torch, torchvision; print(torch.__version__, torchvision.__version__)&quot;`.</translation>
    </message>
    <message>
        <source>Wrong package name given to pip</source>
        <extracomment>title of the diagnosis rule wrong_package_name (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Mauvais nom de paquet donné à pip</translation>
    </message>
    <message>
        <source>The name used with pip is not the real PyPI package name: PyTorch is installed as &apos;torch&apos; with pip (&apos;pytorch&apos; is only the conda name), and scikit-learn is &apos;scikit-learn&apos;, not &apos;sklearn&apos;.</source>
        <extracomment>explanation of the diagnosis rule wrong_package_name (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le nom utilisé avec pip n’est pas le vrai nom du paquet sur PyPI : PyTorch s’installe avec pip sous le nom « torch » (« pytorch » n’est que le nom conda), et scikit-learn s’appelle « scikit-learn », pas « sklearn ».</translation>
    </message>
    <message>
        <source>Use the correct name: `pip install torch` instead of `pip install pytorch`, `pip install scikit-learn` instead of `pip install sklearn`. If the wrong name is inside a requirements.txt or setup.py of a project, change it there (and tell the project maintainers).</source>
        <extracomment>remedy of the diagnosis rule wrong_package_name (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Utilisez le bon nom : `pip install torch` au lieu de `pip install pytorch`, `pip install scikit-learn` au lieu de `pip install sklearn`. Si le mauvais nom figure dans le requirements.txt ou le setup.py d’un projet, corrigez-le là (et prévenez les mainteneurs du projet).</translation>
    </message>
    <message>
        <source>Compiled extension does not match the loaded library (undefined symbol)</source>
        <extracomment>title of the diagnosis rule undefined_symbol (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>L’extension compilée ne correspond pas à la bibliothèque chargée (symbole non défini)</translation>
    </message>
    <message>
        <source>A compiled module (.so) expects a function that the loaded torch (or CUDA/C++ library) does not provide. It was built against a different PyTorch version/ABI than the one now installed, or imported before torch.</source>
        <extracomment>explanation of the diagnosis rule undefined_symbol (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un module compilé (.so) attend une fonction que le torch chargé (ou la bibliothèque CUDA/C++) ne fournit pas. Il a été construit contre une autre version ou ABI de PyTorch que celle installée maintenant, ou importé avant torch.</translation>
    </message>
    <message>
        <source>Rebuild the extension against the currently installed torch: `pip uninstall &lt;pkg&gt;` then `pip install --no-build-isolation --no-cache-dir &lt;pkg&gt;` (or `python setup.py clean &amp;&amp; pip install .`), or install a prebuilt wheel made for torch {torch_version}. Also make sure your code does `import torch` before importing the extension.</source>
        <extracomment>remedy of the diagnosis rule undefined_symbol (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>Reconstruisez l’extension contre le torch installé actuellement : `pip uninstall &lt;pkg&gt;` puis `pip install --no-build-isolation --no-cache-dir &lt;pkg&gt;` (ou `python setup.py clean &amp;&amp; pip install .`), ou installez un wheel précompilé fait pour torch {torch_version}. Vérifiez aussi que votre code fait `import torch` avant d’importer l’extension.</translation>
    </message>
    <message>
        <source>ROCm/HIP runtime error on an AMD GPU</source>
        <extracomment>title of the diagnosis rule rocm_hip_error (rocm.json); keep {placeholders} and `commands`</extracomment>
        <translation>Erreur d’exécution ROCm/HIP sur un GPU AMD</translation>
    </message>
    <message>
        <source>The ROCm runtime cannot run the code on this AMD GPU. Most often the PyTorch/ROCm build has no kernels for your GPU&apos;s gfx target (consumer Radeon cards and APUs are often not in the official list), or the ROCm user-space and kernel driver versions do not fit; HSA_STATUS_ERROR_* comes from the lowest runtime layer (resources, permissions to /dev/kfd, or driver problems).</source>
        <extracomment>explanation of the diagnosis rule rocm_hip_error (rocm.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le runtime ROCm ne peut pas exécuter le code sur ce GPU AMD. Le plus souvent, la build PyTorch/ROCm n’a pas de noyaux pour la cible gfx de votre GPU (les cartes Radeon grand public et les APU manquent souvent à la liste officielle), ou les versions de ROCm en espace utilisateur et du pilote noyau ne vont pas ensemble ; HSA_STATUS_ERROR_* vient de la couche la plus basse du runtime (ressources, droits sur /dev/kfd ou problèmes de pilote).</translation>
    </message>
    <message>
        <source>Check your target with `rocminfo | grep gfx` and compare with the GPUs supported by your ROCm/PyTorch version. For close relatives of supported cards, `export HSA_OVERRIDE_GFX_VERSION=10.3.0` (RDNA2) or `11.0.0` (RDNA3) often works. Install the PyTorch wheel for your ROCm version (`--index-url https://download.pytorch.org/whl/rocm6.2`), make sure your user is in the &apos;render&apos; and &apos;video&apos; groups, and reboot after ROCm upgrades.</source>
        <extracomment>remedy of the diagnosis rule rocm_hip_error (rocm.json); keep {placeholders} and `commands`</extracomment>
        <translation>Vérifiez votre cible avec `rocminfo | grep gfx` et comparez-la aux GPU pris en charge par votre version de ROCm/PyTorch. Pour les proches parentes de cartes prises en charge, `export HSA_OVERRIDE_GFX_VERSION=10.3.0` (RDNA2) ou `11.0.0` (RDNA3) fonctionne souvent. Installez le wheel PyTorch pour votre version de ROCm (`--index-url https://download.pytorch.org/whl/rocm6.2`), vérifiez que votre utilisateur fait partie des groupes &apos;render&apos; et &apos;video&apos;, et redémarrez après une mise à niveau de ROCm.</translation>
    </message>
    <message>
        <source>The system C library (glibc) is older than the binary needs</source>
        <extracomment>title of the diagnosis rule glibc_too_old (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>La bibliothèque C du système (glibc) est plus ancienne que ce dont le binaire a besoin</translation>
    </message>
    <message>
        <source>A compiled file (a torch library, an extension .so or a tool such as a bundled LLVM) was built against glibc {glibc_required}, but the Linux system here has an older glibc. glibc is part of the operating system (Ubuntu 18.04 has 2.27, 20.04 2.31, 22.04 2.35; Debian 11 2.31; CentOS/RHEL 7 2.17), and newer wheels (manylinux_2_28 and later) need a newer one.</source>
        <extracomment>explanation of the diagnosis rule glibc_too_old (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un fichier compilé (une bibliothèque torch, une extension .so ou un outil comme un LLVM fourni) a été construit contre la glibc {glibc_required}, mais le système Linux d’ici a une glibc plus ancienne. La glibc fait partie du système d’exploitation (Ubuntu 18.04 a la 2.27, 20.04 la 2.31, 22.04 la 2.35 ; Debian 11 la 2.31 ; CentOS/RHEL 7 la 2.17), et les wheels récents (manylinux_2_28 et suivants) en demandent une plus récente.</translation>
    </message>
    <message>
        <source>Check the system version with `ldd --version`. Then either install a build made for older systems (an older torch/package release, a manylinux2014 wheel, or build the extension from source on this machine), or run on a newer distribution, e.g. in a container: `docker run --gpus all -it nvidia/cuda:12.4.1-runtime-ubuntu22.04`. Do not try to replace the system glibc: the whole system depends on it.</source>
        <extracomment>remedy of the diagnosis rule glibc_too_old (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Vérifiez la version du système avec `ldd --version`. Ensuite, installez une build faite pour des systèmes plus anciens (une version plus ancienne de torch ou du paquet, un wheel manylinux2014, ou construisez l’extension depuis les sources sur cette machine), ou travaillez sur une distribution plus récente, par exemple dans un conteneur : `docker run --gpus all -it nvidia/cuda:12.4.1-runtime-ubuntu22.04`. N’essayez pas de remplacer la glibc du système : tout le système en dépend.</translation>
    </message>
    <message>
        <source>The CPU does not support an instruction set the binary uses (Illegal instruction)</source>
        <extracomment>title of the diagnosis rule cpu_no_avx (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le CPU ne prend pas en charge un jeu d’instructions utilisé par le binaire (Illegal instruction)</translation>
    </message>
    <message>
        <source>The program stopped with &apos;Illegal instruction&apos; (signal SIGILL, exit code 132): the processor met a machine instruction it does not have. Prebuilt wheels and images assume AVX/AVX2 (and sometimes AVX-512) on x86, or newer ARM features; older CPUs, some Atom/Celeron/Pentium models, and virtual machines whose virtual CPU hides these flags (Proxmox/ESXi &apos;kvm64&apos; CPU type) lack them.</source>
        <extracomment>explanation of the diagnosis rule cpu_no_avx (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le programme s’est arrêté sur &apos;Illegal instruction&apos; (signal SIGILL, code de sortie 132) : le processeur a rencontré une instruction machine qu’il ne possède pas. Les wheels et images précompilés supposent AVX/AVX2 (et parfois AVX-512) sur x86, ou des fonctions ARM récentes ; les CPU anciens, certains modèles Atom/Celeron/Pentium et les machines virtuelles dont le CPU virtuel cache ces drapeaux (type de CPU &apos;kvm64&apos; sous Proxmox/ESXi) ne les ont pas.</translation>
    </message>
    <message>
        <source>Check the flags: `grep -o -w -E &apos;avx|avx2|avx512f&apos; /proc/cpuinfo | sort -u` (Windows: Coreinfo). In a VM, set the CPU type to `host` (Proxmox) or expose the host&apos;s CPU features. Otherwise use builds that do not need AVX2 (an older release, a build &apos;without AVX&apos;, or compile from source on this machine). On ARM boards with NumPy/OpenBLAS, `export OPENBLAS_CORETYPE=ARMV8` often helps.</source>
        <extracomment>remedy of the diagnosis rule cpu_no_avx (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Vérifiez les drapeaux : `grep -o -w -E &apos;avx|avx2|avx512f&apos; /proc/cpuinfo | sort -u` (Windows : Coreinfo). Dans une VM, réglez le type de CPU sur `host` (Proxmox) ou exposez les fonctions du CPU de l’hôte. Sinon, utilisez des builds qui n’exigent pas AVX2 (une version plus ancienne, une build &apos;without AVX&apos;, ou compilez depuis les sources sur cette machine). Sur les cartes ARM avec NumPy/OpenBLAS, `export OPENBLAS_CORETYPE=ARMV8` aide souvent.</translation>
    </message>
    <message>
        <source>libcuda.so (the driver library) cannot be found by CUDA programs</source>
        <extracomment>title of the diagnosis rule libcuda_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les programmes CUDA ne trouvent pas libcuda.so (la bibliothèque du pilote)</translation>
    </message>
    <message>
        <source>libcuda.so.1 belongs to the NVIDIA driver, not to the CUDA toolkit or to pip&apos;s CUDA wheels. A program (here loaded through cuDNN, Triton or the CUDA runtime) could not find it. This happens in containers started without the NVIDIA container runtime, on WSL2 where the driver library lives in /usr/lib/wsl/lib and that folder is not on the search path, or when the driver&apos;s user-space part is not installed.</source>
        <extracomment>explanation of the diagnosis rule libcuda_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>libcuda.so.1 appartient au pilote NVIDIA, pas au toolkit CUDA ni aux wheels CUDA de pip. Un programme (ici chargé via cuDNN, Triton ou le runtime CUDA) n’a pas pu la trouver. Cela arrive dans les conteneurs lancés sans le runtime de conteneur NVIDIA, sous WSL2 où la bibliothèque du pilote se trouve dans /usr/lib/wsl/lib et où ce dossier n’est pas dans le chemin de recherche, ou quand la partie espace utilisateur du pilote n’est pas installée.</translation>
    </message>
    <message>
        <source>On WSL2: `ls /usr/lib/wsl/lib/libcuda.so*` should list it; add it to the search path with `export LD_LIBRARY_PATH=/usr/lib/wsl/lib:$LD_LIBRARY_PATH` (and do not install a Linux NVIDIA driver inside WSL). In Docker: run with `--gpus all` and the NVIDIA Container Toolkit installed on the host. On a normal Linux host: check `nvidia-smi` and `ldconfig -p | grep libcuda`; install the driver&apos;s user-space package (e.g. `sudo apt install libnvidia-compute-{driver_version}` or the full driver) if it is missing.</source>
        <extracomment>remedy of the diagnosis rule libcuda_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Sous WSL2 : `ls /usr/lib/wsl/lib/libcuda.so*` doit la lister ; ajoutez-la au chemin de recherche avec `export LD_LIBRARY_PATH=/usr/lib/wsl/lib:$LD_LIBRARY_PATH` (et n’installez pas de pilote NVIDIA Linux dans WSL). Dans Docker : lancez avec `--gpus all` et le NVIDIA Container Toolkit installé sur l’hôte. Sur un hôte Linux normal : vérifiez `nvidia-smi` et `ldconfig -p | grep libcuda` ; installez le paquet espace utilisateur du pilote (par exemple `sudo apt install libnvidia-compute-{driver_version}` ou le pilote complet) s’il manque.</translation>
    </message>
    <message>
        <source>The GPU is hidden or the device index is out of range (CUDA_VISIBLE_DEVICES / device ordinal)</source>
        <extracomment>title of the diagnosis rule cuda_visible_devices_hidden (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le GPU est masqué ou l’indice de périphérique est hors limites (CUDA_VISIBLE_DEVICES / device ordinal)</translation>
    </message>
    <message>
        <source>CUDA numbers only the GPUs listed in CUDA_VISIBLE_DEVICES, starting from 0 again. If the variable is empty or -1, or names a GPU number the machine does not have (e.g. 2 on a one-GPU PC), the program sees no GPU (&apos;no CUDA-capable device is detected&apos;, &apos;No CUDA GPUs are available&apos;); if the program asks for a device index beyond the visible ones (cuda:1 when only one is visible, a --gpu/--gpu_idx option, too many ranks) it gets &apos;invalid device ordinal&apos;. Scripts and READMEs often set the variable for the author&apos;s machine.</source>
        <extracomment>explanation of the diagnosis rule cuda_visible_devices_hidden (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>CUDA ne numérote que les GPU listés dans CUDA_VISIBLE_DEVICES, en repartant de 0. Si la variable est vide ou vaut -1, ou nomme un numéro de GPU que la machine n’a pas (par exemple 2 sur un PC à un seul GPU), le programme ne voit aucun GPU (&apos;no CUDA-capable device is detected&apos;, &apos;No CUDA GPUs are available&apos;) ; si le programme demande un indice au-delà des GPU visibles (cuda:1 quand un seul est visible, une option --gpu/--gpu_idx, trop de rangs), il obtient &apos;invalid device ordinal&apos;. Les scripts et les README fixent souvent la variable pour la machine de leur auteur.</translation>
    </message>
    <message>
        <source>See what is set: `echo &quot;$CUDA_VISIBLE_DEVICES&quot;` and list your GPUs with `nvidia-smi -L`. Unset it (`unset CUDA_VISIBLE_DEVICES`) or set it to existing numbers, e.g. `export CUDA_VISIBLE_DEVICES=0` on a single-GPU machine; remove such lines from the training script. Then use device indices that exist inside the visible set (`cuda:0` for the first visible GPU; --nproc_per_node no larger than `python -c &quot;import torch; print(torch.cuda.device_count())&quot;`). In a container the same message means the container was started without GPUs: use `docker run --gpus all` or, with compose, a `deploy.resources.reservations.devices` entry with `capabilities: [gpu]`.</source>
        <extracomment>remedy of the diagnosis rule cuda_visible_devices_hidden (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Voyez ce qui est défini : `echo &quot;$CUDA_VISIBLE_DEVICES&quot;` et listez vos GPU avec `nvidia-smi -L`. Supprimez la variable (`unset CUDA_VISIBLE_DEVICES`) ou donnez-lui des numéros existants, par exemple `export CUDA_VISIBLE_DEVICES=0` sur une machine à un seul GPU ; retirez ces lignes du script d’entraînement. Utilisez ensuite des indices qui existent dans l’ensemble visible (`cuda:0` pour le premier GPU visible ; --nproc_per_node pas plus grand que `python -c &quot;import torch; print(torch.cuda.device_count())&quot;`). Dans un conteneur, le même message signifie que le conteneur a été lancé sans GPU : utilisez `docker run --gpus all` ou, avec compose, une entrée `deploy.resources.reservations.devices` avec `capabilities: [gpu]`.</translation>
    </message>
    <message>
        <source>The Intel MKL library does not fit this PyTorch (undefined symbol)</source>
        <extracomment>title of the diagnosis rule mkl_symbol_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>La bibliothèque Intel MKL ne convient pas à ce PyTorch (symbole non défini)</translation>
    </message>
    <message>
        <source>PyTorch&apos;s CPU library uses Intel MKL, and the MKL in this environment does not fit it. The well-known case is conda&apos;s PyTorch with MKL 2024.1 or newer: that MKL no longer provides the Intel JIT profiling symbols (`iJIT_NotifyEvent`) libtorch_cpu.so was linked against, so `import torch` fails. MKL libraries mixed from pip and conda or from different channels give the similar &apos;Cannot load libmkl_*.so&apos;.</source>
        <extracomment>explanation of the diagnosis rule mkl_symbol_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>La bibliothèque CPU de PyTorch utilise Intel MKL, et la MKL de cet environnement ne lui convient pas. Le cas bien connu est le PyTorch de conda avec MKL 2024.1 ou plus récent : cette MKL ne fournit plus les symboles de profilage JIT d’Intel (`iJIT_NotifyEvent`) contre lesquels libtorch_cpu.so a été lié, donc `import torch` échoue. Des bibliothèques MKL mélangées entre pip et conda ou entre canaux donnent le message voisin &apos;Cannot load libmkl_*.so&apos;.</translation>
    </message>
    <message>
        <source>Pin an older MKL in the conda environment: `conda install mkl=2024.0` (or `mkl&lt;2024.1`), then `import torch` again. Better, install PyTorch with pip inside the environment (`pip install torch`, which brings its own libraries); the pytorch conda channel is no longer updated. For &apos;Cannot load libmkl_*&apos;, install MKL from one source only (`conda install -c conda-forge mkl` or `pip install mkl`, not both).</source>
        <extracomment>remedy of the diagnosis rule mkl_symbol_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Fixez une MKL plus ancienne dans l’environnement conda : `conda install mkl=2024.0` (ou `mkl&lt;2024.1`), puis refaites `import torch`. Mieux, installez PyTorch avec pip dans l’environnement (`pip install torch`, qui apporte ses propres bibliothèques) ; le canal conda pytorch n’est plus mis à jour. Pour &apos;Cannot load libmkl_*&apos;, installez MKL depuis une seule source (`conda install -c conda-forge mkl` ou `pip install mkl`, pas les deux).</translation>
    </message>
    <message>
        <source>Docker cannot give the container a GPU (NVIDIA Container Toolkit missing or not configured)</source>
        <extracomment>title of the diagnosis rule container_gpu_runtime_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Docker ne peut pas donner de GPU au conteneur (NVIDIA Container Toolkit absent ou non configuré)</translation>
    </message>
    <message>
        <source>`docker run --gpus` (or `runtime: nvidia` in Compose) needs the NVIDIA Container Toolkit on the host: it registers the &apos;nvidia&apos; runtime with Docker and mounts the host driver into the container. Here Docker has no such runtime, or the toolkit could not load the host&apos;s driver library (libnvidia-ml.so.1): the toolkit is not installed or configured for this Docker daemon, the host has no working NVIDIA driver, or Docker Desktop/rootless/snap Docker runs in a separate VM or namespace that does not see the driver.</source>
        <extracomment>explanation of the diagnosis rule container_gpu_runtime_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>`docker run --gpus` (ou `runtime: nvidia` dans Compose) exige le NVIDIA Container Toolkit sur l’hôte : il déclare le runtime « nvidia » auprès de Docker et monte le pilote de l’hôte dans le conteneur. Ici, Docker n’a pas ce runtime, ou le toolkit n’a pas pu charger la bibliothèque du pilote de l’hôte (libnvidia-ml.so.1) : le toolkit n’est pas installé ou configuré pour ce démon Docker, l’hôte n’a pas de pilote NVIDIA fonctionnel, ou Docker Desktop / Docker rootless / Docker en snap tourne dans une VM ou un espace de noms séparé qui ne voit pas le pilote.</translation>
    </message>
    <message>
        <source>On the host: check the driver with `nvidia-smi`. Install the toolkit (https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html, e.g. `sudo apt install nvidia-container-toolkit`), then `sudo nvidia-ctk runtime configure --runtime=docker &amp;&amp; sudo systemctl restart docker`. Test with `docker run --rm --gpus all ubuntu nvidia-smi`. On Linux prefer Docker Engine over Docker Desktop or the snap package for GPU work; with Podman use CDI (`sudo nvidia-ctk cdi generate --output=/etc/cdi/nvidia.yaml`, then `--device nvidia.com/gpu=all`).</source>
        <extracomment>remedy of the diagnosis rule container_gpu_runtime_missing (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Sur l’hôte : vérifiez le pilote avec `nvidia-smi`. Installez le toolkit (https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html, par exemple `sudo apt install nvidia-container-toolkit`), puis `sudo nvidia-ctk runtime configure --runtime=docker &amp;&amp; sudo systemctl restart docker`. Testez avec `docker run --rm --gpus all ubuntu nvidia-smi`. Sous Linux, préférez Docker Engine à Docker Desktop ou au paquet snap pour le travail sur GPU ; avec Podman, utilisez CDI (`sudo nvidia-ctk cdi generate --output=/etc/cdi/nvidia.yaml`, puis `--device nvidia.com/gpu=all`).</translation>
    </message>
    <message>
        <source>No ROCm code for this AMD GPU: the build does not include its gfx target</source>
        <extracomment>title of the diagnosis rule rocm_gfx_unsupported (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Pas de code ROCm pour ce GPU AMD : la build n’inclut pas sa cible gfx</translation>
    </message>
    <message>
        <source>ROCm programs contain machine code for a list of AMD GPU targets (gfx900, gfx90a, gfx1030, gfx1100, ...). Your GPU&apos;s target is not in the list of this PyTorch/ROCm build or of a ROCm library such as rocBLAS, so no kernel can run (&apos;invalid device function&apos;, &apos;hipErrorNoBinaryForGpu&apos;). Consumer cards and APUs (e.g. gfx1032 RX 6600, gfx1033/1035 APUs, gfx1103, gfx1151, gfx1201) are often missing, and old ones (gfx803) were dropped.</source>
        <extracomment>explanation of the diagnosis rule rocm_gfx_unsupported (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les programmes ROCm contiennent du code machine pour une liste de cibles GPU AMD (gfx900, gfx90a, gfx1030, gfx1100, ...). La cible de votre GPU ne figure pas dans la liste de cette build PyTorch/ROCm ou d’une bibliothèque ROCm comme rocBLAS, donc aucun noyau ne peut s’exécuter (&apos;invalid device function&apos;, &apos;hipErrorNoBinaryForGpu&apos;). Les cartes grand public et les APU (par exemple gfx1032 RX 6600, les APU gfx1033/1035, gfx1103, gfx1151, gfx1201) manquent souvent, et les anciennes (gfx803) ont été abandonnées.</translation>
    </message>
    <message>
        <source>See your target with `rocminfo | grep -m1 -o &apos;gfx[0-9a-f]*&apos;` and the build&apos;s list with `python -c &quot;import torch; print(torch.cuda.get_arch_list())&quot;`. Install a ROCm/PyTorch release that supports it (newer ROCm wheels add targets: `pip install torch --index-url https://download.pytorch.org/whl/rocm6.2`). For a card close to a supported one, pretend to be that one: `export HSA_OVERRIDE_GFX_VERSION=10.3.0` (RDNA2, gfx103x) or `11.0.0` (RDNA3, gfx110x/gfx115x). Building from source with `PYTORCH_ROCM_ARCH=gfx1032` also works.</source>
        <extracomment>remedy of the diagnosis rule rocm_gfx_unsupported (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Voyez votre cible avec `rocminfo | grep -m1 -o &apos;gfx[0-9a-f]*&apos;` et la liste de la build avec `python -c &quot;import torch; print(torch.cuda.get_arch_list())&quot;`. Installez une version de ROCm/PyTorch qui la prend en charge (les wheels ROCm récents ajoutent des cibles : `pip install torch --index-url https://download.pytorch.org/whl/rocm6.2`). Pour une carte proche d’une carte prise en charge, faites-la passer pour celle-ci : `export HSA_OVERRIDE_GFX_VERSION=10.3.0` (RDNA2, gfx103x) ou `11.0.0` (RDNA3, gfx110x/gfx115x). Construire depuis les sources avec `PYTORCH_ROCM_ARCH=gfx1032` fonctionne aussi.</translation>
    </message>
    <message>
        <source>HTTPS failed: certificate not trusted or proxy in the way</source>
        <extracomment>title of the diagnosis rule ssl_proxy_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Échec HTTPS : certificat non reconnu ou proxy sur le chemin</translation>
    </message>
    <message>
        <source>The download reached a server, but the secure connection was refused: the server&apos;s certificate could not be verified (expired, self-signed, or replaced by a company/university proxy or antivirus that inspects HTTPS with its own certificate), or an HTTP proxy rejected the connection or wants a login (407). pip, uv, conda, git and curl each use their own list of trusted certificates.</source>
        <extracomment>explanation of the diagnosis rule ssl_proxy_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le téléchargement a atteint un serveur, mais la connexion sécurisée a été refusée : le certificat du serveur n’a pas pu être vérifié (expiré, auto-signé, ou remplacé par un proxy d’entreprise ou d’université ou par un antivirus qui inspecte HTTPS avec son propre certificat), ou un proxy HTTP a rejeté la connexion ou demande une authentification (407). pip, uv, conda, git et curl utilisent chacun leur propre liste de certificats de confiance.</translation>
    </message>
    <message>
        <source>Check the clock (`date`): a wrong date makes valid certificates look expired. Behind a proxy, set it for all tools: `export HTTPS_PROXY=http://user:password@proxy:port HTTP_PROXY=$HTTPS_PROXY`. With an inspecting proxy, get its CA certificate from your IT department and point the tools at it: `pip config set global.cert /path/ca.pem`, `export SSL_CERT_FILE=/path/ca.pem REQUESTS_CA_BUNDLE=/path/ca.pem`, `conda config --set ssl_verify /path/ca.pem`, `git config --global http.sslCAInfo /path/ca.pem`, `export UV_NATIVE_TLS=1` (uv uses the system store). Update old CA bundles with `pip install -U certifi` / `sudo apt install ca-certificates`. Avoid turning verification off.</source>
        <extracomment>remedy of the diagnosis rule ssl_proxy_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Vérifiez l’horloge (`date`) : une date fausse fait paraître expirés des certificats valides. Derrière un proxy, définissez-le pour tous les outils : `export HTTPS_PROXY=http://user:password@proxy:port HTTP_PROXY=$HTTPS_PROXY`. Avec un proxy qui inspecte, demandez son certificat d’autorité à votre service informatique et indiquez-le aux outils : `pip config set global.cert /path/ca.pem`, `export SSL_CERT_FILE=/path/ca.pem REQUESTS_CA_BUNDLE=/path/ca.pem`, `conda config --set ssl_verify /path/ca.pem`, `git config --global http.sslCAInfo /path/ca.pem`, `export UV_NATIVE_TLS=1` (uv utilise alors le magasin du système). Mettez à jour les anciens paquets de certificats avec `pip install -U certifi` / `sudo apt install ca-certificates`. Évitez de désactiver la vérification.</translation>
    </message>
    <message>
        <source>ptxas could not turn PTX into GPU code (Triton PTX codegen / ptxas error)</source>
        <extracomment>title of the diagnosis rule triton_ptxas_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>ptxas n’a pas pu transformer le PTX en code GPU (génération PTX de Triton / erreur ptxas)</translation>
    </message>
    <message>
        <source>Triton (used by torch.compile / TorchInductor, unsloth, vLLM, bitsandbytes, flash-attention kernels) turns its kernels into PTX and then calls ptxas to make GPU code for your GPU ({gpu_name}, compute capability {compute_capability}); nvcc does the same for .cu files. ptxas refused: most often the kernel uses a feature the GPU does not have (bf16 or fp8 need compute capability 8.0/8.9 or newer, so a T4 or V100 fails), or the ptxas bundled with Triton is too old for a brand-new GPU (e.g. sm_120 with an old Triton).</source>
        <extracomment>explanation of the diagnosis rule triton_ptxas_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Triton (utilisé par torch.compile / TorchInductor, unsloth, vLLM, bitsandbytes, les noyaux flash-attention) transforme ses noyaux en PTX puis appelle ptxas pour produire du code pour votre GPU ({gpu_name}, compute capability {compute_capability}) ; nvcc fait de même pour les fichiers .cu. ptxas a refusé : le plus souvent, le noyau utilise une fonction que le GPU n’a pas (bf16 ou fp8 demandent une compute capability 8.0/8.9 ou plus, donc une T4 ou une V100 échoue), ou le ptxas fourni avec Triton est trop ancien pour un GPU tout récent (par exemple sm_120 avec un ancien Triton).</translation>
    </message>
    <message>
        <source>Read the ptxas lines. If one says a feature &apos;requires .target sm_80 or higher&apos;, use float16 instead of bfloat16 on this GPU (e.g. `dtype=torch.float16`, turn off bf16 in the trainer config) or use a newer GPU. For a new GPU, upgrade torch and triton together (`pip install -U torch triton`) or point Triton to a newer ptxas from a CUDA toolkit: `export TRITON_PTXAS_PATH=/usr/local/cuda/bin/ptxas`. To run without Triton, skip `torch.compile` (or use `backend=&quot;eager&quot;`).</source>
        <extracomment>remedy of the diagnosis rule triton_ptxas_error (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lisez les lignes de ptxas. Si l’une indique qu’une fonction &apos;requires .target sm_80 or higher&apos;, utilisez float16 au lieu de bfloat16 sur ce GPU (par exemple `dtype=torch.float16`, désactivez bf16 dans la configuration de l’entraîneur) ou un GPU plus récent. Pour un GPU récent, mettez à jour torch et triton ensemble (`pip install -U torch triton`) ou indiquez à Triton un ptxas plus récent tiré d’un toolkit CUDA : `export TRITON_PTXAS_PATH=/usr/local/cuda/bin/ptxas`. Pour vous passer de Triton, n’utilisez pas `torch.compile` (ou utilisez `backend=&quot;eager&quot;`).</translation>
    </message>
    <message>
        <source>Shared memory (/dev/shm) is too small, typically in a Docker container</source>
        <extracomment>title of the diagnosis rule docker_shm_too_small (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>La mémoire partagée (/dev/shm) est trop petite, typiquement dans un conteneur Docker</translation>
    </message>
    <message>
        <source>PyTorch&apos;s DataLoader workers (num_workers &gt; 0) and Python multiprocessing hand tensors and locks to each other through shared memory in /dev/shm. Docker gives a container only 64 MB of it by default (and Kubernetes pods or notebook servers similar small amounts), so as soon as batches are larger the workers die with &apos;Bus error&apos;, &apos;unable to write to file &lt;/torch_...&gt;&apos; or &apos;No space left on device&apos; from a SemLock, although the disk has plenty of space.</source>
        <extracomment>explanation of the diagnosis rule docker_shm_too_small (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les workers du DataLoader de PyTorch (num_workers &gt; 0) et le multiprocessing de Python se passent tenseurs et verrous par la mémoire partagée de /dev/shm. Docker n’en donne par défaut que 64 Mo à un conteneur (et les pods Kubernetes ou serveurs de notebooks des quantités aussi petites), donc dès que les batches grossissent, les workers meurent avec &apos;Bus error&apos;, &apos;unable to write to file &lt;/torch_...&gt;&apos; ou &apos;No space left on device&apos; venant d’un SemLock, alors que le disque a largement la place.</translation>
    </message>
    <message>
        <source>Give the container more shared memory: `docker run --shm-size=16g ...` (Compose: `shm_size: 16gb`) or share the host&apos;s with `--ipc=host`; in Kubernetes mount an `emptyDir` with `medium: Memory` at /dev/shm (Kubeflow notebooks: enable shared memory). Check the size with `df -h /dev/shm`. As a workaround, lower `num_workers` in the DataLoader (0 avoids shared memory), or call `torch.multiprocessing.set_sharing_strategy(&apos;file_system&apos;)`.</source>
        <extracomment>remedy of the diagnosis rule docker_shm_too_small (runtime.json); keep {placeholders} and `commands`</extracomment>
        <translation>Donnez plus de mémoire partagée au conteneur : `docker run --shm-size=16g ...` (Compose : `shm_size: 16gb`) ou partagez celle de l’hôte avec `--ipc=host` ; dans Kubernetes, montez un `emptyDir` avec `medium: Memory` sur /dev/shm (notebooks Kubeflow : activez la mémoire partagée). Vérifiez la taille avec `df -h /dev/shm`. En contournement, baissez `num_workers` dans le DataLoader (0 évite la mémoire partagée), ou appelez `torch.multiprocessing.set_sharing_strategy(&apos;file_system&apos;)`.</translation>
    </message>
    <message>
        <source>Disk (or /tmp) is full</source>
        <extracomment>title of the diagnosis rule disk_full (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le disque (ou /tmp) est plein</translation>
    </message>
    <message>
        <source>A file could not be written because the disk or partition is full. pip unpacks multi-gigabyte CUDA wheels into the temp folder and compilers write large temporary files to /tmp, which is often a small separate partition or RAM disk (tmpfs).</source>
        <extracomment>explanation of the diagnosis rule disk_full (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un fichier n’a pas pu être écrit parce que le disque ou la partition est plein. pip décompresse des wheels CUDA de plusieurs gigaoctets dans le dossier temporaire et les compilateurs écrivent de gros fichiers temporaires dans /tmp, qui est souvent une petite partition séparée ou un disque en mémoire (tmpfs).</translation>
    </message>
    <message>
        <source>Check free space with `df -h` (look at /, /tmp and your home). Free space (`pip cache purge`, `conda clean -a`, remove old build/ folders and Docker images with `docker system prune`), or point temporary files to a bigger disk: `export TMPDIR=/path/with/space` (pip and gcc honour it).</source>
        <extracomment>remedy of the diagnosis rule disk_full (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>Vérifiez l’espace libre avec `df -h` (regardez /, /tmp et votre dossier personnel). Libérez de la place (`pip cache purge`, `conda clean -a`, supprimez les anciens dossiers build/ et les images Docker avec `docker system prune`), ou envoyez les fichiers temporaires sur un disque plus grand : `export TMPDIR=/path/with/space` (pip et gcc en tiennent compte).</translation>
    </message>
    <message>
        <source>Permission denied while installing or building</source>
        <extracomment>title of the diagnosis rule permission_denied (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>Permission refusée pendant l’installation ou le build</translation>
    </message>
    <message>
        <source>The current user may not write to the target folder — typically pip installing into the system Python (/usr/lib, /usr/local, /Library) without being root, or a folder that an earlier `sudo` run left owned by root.</source>
        <extracomment>explanation of the diagnosis rule permission_denied (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>L’utilisateur courant ne peut pas écrire dans le dossier cible — typiquement pip qui installe dans le Python du système (/usr/lib, /usr/local, /Library) sans être root, ou un dossier qu’une exécution antérieure avec `sudo` a laissé appartenir à root.</translation>
    </message>
    <message>
        <source>Do not use sudo with pip. Create a virtual environment (`python -m venv .venv &amp;&amp; source .venv/bin/activate`) or conda env and install there, or use `pip install --user`. If a folder in your home became root-owned, fix it with `sudo chown -R $USER: &lt;folder&gt;`.</source>
        <extracomment>remedy of the diagnosis rule permission_denied (system.json); keep {placeholders} and `commands`</extracomment>
        <translation>N’utilisez pas sudo avec pip. Créez un environnement virtuel (`python -m venv .venv &amp;&amp; source .venv/bin/activate`) ou un environnement conda et installez-y, ou utilisez `pip install --user`. Si un dossier de votre répertoire personnel appartient désormais à root, corrigez-le avec `sudo chown -R $USER: &lt;folder&gt;`.</translation>
    </message>
    <message>
        <source>Kernel headers for the running kernel are missing, so the driver module cannot be built</source>
        <extracomment>title of the diagnosis rule kernel_headers_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les en-têtes du noyau en cours d’exécution manquent, le module du pilote ne peut donc pas être construit</translation>
    </message>
    <message>
        <source>NVIDIA (and AMD amdgpu-dkms) kernel modules are compiled on your machine for the exact kernel that is running (`uname -r`). That needs the matching kernel headers package, which is not installed, often because the kernel was just updated and the headers for the new version were not, or a custom/cloud kernel has no headers package installed by default. Without them DKMS or the .run installer cannot build the module, and no driver loads after reboot.</source>
        <extracomment>explanation of the diagnosis rule kernel_headers_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les modules noyau de NVIDIA (et d’AMD amdgpu-dkms) sont compilés sur votre machine pour le noyau exact en cours d’exécution (`uname -r`). Il faut pour cela le paquet d’en-têtes du noyau correspondant, qui n’est pas installé, souvent parce que le noyau vient d’être mis à jour sans les en-têtes de la nouvelle version, ou parce qu’un noyau personnalisé ou cloud n’a pas de paquet d’en-têtes installé par défaut. Sans eux, DKMS ou l’installateur .run ne peut pas construire le module, et aucun pilote ne se charge après le redémarrage.</translation>
    </message>
    <message>
        <source>Install the headers for the running kernel, then rebuild the module: Ubuntu/Debian `sudo apt install linux-headers-$(uname -r)` (Debian also `linux-headers-amd64`), Fedora/RHEL `sudo dnf install kernel-devel-$(uname -r) kernel-headers`, openSUSE `sudo zypper install kernel-default-devel`, Arch `sudo pacman -S linux-headers`. Then `sudo dkms autoinstall` (or reinstall the driver package) and reboot. If no headers exist for this kernel version, boot the newest distribution kernel first (`uname -r` shows the running one).</source>
        <extracomment>remedy of the diagnosis rule kernel_headers_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installez les en-têtes du noyau en cours d’exécution, puis reconstruisez le module : Ubuntu/Debian `sudo apt install linux-headers-$(uname -r)` (Debian aussi `linux-headers-amd64`), Fedora/RHEL `sudo dnf install kernel-devel-$(uname -r) kernel-headers`, openSUSE `sudo zypper install kernel-default-devel`, Arch `sudo pacman -S linux-headers`. Puis `sudo dkms autoinstall` (ou réinstallez le paquet du pilote) et redémarrez. S’il n’existe pas d’en-têtes pour cette version du noyau, démarrez d’abord sur le noyau le plus récent de la distribution (`uname -r` affiche celui en cours).</translation>
    </message>
    <message>
        <source>CUDA math headers clash with the new glibc math functions (glibc 2.41 and newer)</source>
        <extracomment>title of the diagnosis rule glibc_math_nvcc (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Les en-têtes mathématiques de CUDA entrent en conflit avec les nouvelles fonctions mathématiques de la glibc (glibc 2.41 et suivantes)</translation>
    </message>
    <message>
        <source>glibc 2.41 (Fedora 42, Arch, Debian 13, Ubuntu 25.04 and newer) declares C23 math functions such as sinpi, cospi and rsqrt in &lt;math.h&gt;. The CUDA toolkit&apos;s own math_functions.h declares the same names with a different exception specification, so nvcc from CUDA 12.x (before 12.9) and early 13.0 stops with &apos;exception specification is incompatible with that of previous function&apos;. Nothing is wrong with your code; the toolkit and the system library versions do not fit together.</source>
        <extracomment>explanation of the diagnosis rule glibc_math_nvcc (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>La glibc 2.41 (Fedora 42, Arch, Debian 13, Ubuntu 25.04 et suivantes) déclare des fonctions mathématiques C23 comme sinpi, cospi et rsqrt dans &lt;math.h&gt;. Le math_functions.h propre au toolkit CUDA déclare les mêmes noms avec une autre spécification d’exceptions, donc le nvcc de CUDA 12.x (avant 12.9) et des premières 13.0 s’arrête avec &apos;exception specification is incompatible with that of previous function&apos;. Votre code n’a rien de faux ; les versions du toolkit et de la bibliothèque système ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>Install a CUDA toolkit release whose headers know the new glibc (a newer 12.9/13.x update), or build in a container with an older distribution (e.g. `docker run --gpus all -it nvidia/cuda:12.4.1-devel-ubuntu22.04`), or use a distribution release with glibc 2.40 or older. Patching /usr/local/cuda/targets/x86_64-linux/include/crt/math_functions.h (adding `noexcept (true)` to the four declarations) is a known workaround, but it changes the toolkit for every project.</source>
        <extracomment>remedy of the diagnosis rule glibc_math_nvcc (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installez une version du toolkit CUDA dont les en-têtes connaissent la nouvelle glibc (une mise à jour 12.9/13.x plus récente), ou construisez dans un conteneur avec une distribution plus ancienne (par exemple `docker run --gpus all -it nvidia/cuda:12.4.1-devel-ubuntu22.04`), ou utilisez une version de distribution avec la glibc 2.40 ou plus ancienne. Modifier /usr/local/cuda/targets/x86_64-linux/include/crt/math_functions.h (ajouter `noexcept (true)` aux quatre déclarations) est un contournement connu, mais il change le toolkit pour tous les projets.</translation>
    </message>
    <message>
        <source>This CUDA toolkit (or PyTorch build) no longer supports the GPU architecture: the GPU is too old for it</source>
        <extracomment>title of the diagnosis rule toolkit_dropped_arch (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ce toolkit CUDA (ou cette build de PyTorch) ne prend plus en charge l’architecture du GPU : le GPU est trop ancien pour lui</translation>
    </message>
    <message>
        <source>The build asked for code for an old GPU architecture (from the message: {arch}) that this CUDA toolkit or PyTorch build has removed. New CUDA releases drop old GPU generations: CUDA 11 dropped sm_30 and older, CUDA 12 dropped Kepler (sm_35/sm_37), CUDA 13 dropped Maxwell, Pascal and Volta (sm_50 to sm_72). The GPU is too OLD for this toolkit (or for this PyTorch build), not too new: a newer toolkit will not help. Often the architecture does not even come from your GPU but from a default list in a CMake file, setup.py or TORCH_CUDA_ARCH_LIST.</source>
        <extracomment>explanation of the diagnosis rule toolkit_dropped_arch (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le build a demandé du code pour une ancienne architecture de GPU (d’après le message : {arch}) que ce toolkit CUDA ou cette build de PyTorch a supprimée. Les nouvelles versions de CUDA abandonnent les anciennes générations de GPU : CUDA 11 a abandonné sm_30 et plus anciens, CUDA 12 Kepler (sm_35/sm_37), CUDA 13 Maxwell, Pascal et Volta (sm_50 à sm_72). Le GPU est trop ANCIEN pour ce toolkit (ou pour cette build de PyTorch), pas trop récent : un toolkit plus récent n’aidera pas. Souvent, l’architecture ne vient même pas de votre GPU mais d’une liste par défaut dans un fichier CMake, setup.py ou TORCH_CUDA_ARCH_LIST.</translation>
    </message>
    <message>
        <source>This toolkit no longer compiles for {arch}; the last CUDA that does is {last_cuda}. This machine&apos;s GPUs: {gpu_arch} ({gpu_name}). If your GPU is newer than {arch}, just remove the old architecture from the list: `export TORCH_CUDA_ARCH_LIST=&quot;{compute_capability}&quot;` for PyTorch extensions, `-DCMAKE_CUDA_ARCHITECTURES=native` (or your number, e.g. 86) for CMake, or drop the matching `-gencode arch=compute_..` flag in setup.py. If you really need {arch}, do not install a newer toolkit: use CUDA {last_cuda} and a PyTorch built for it (e.g. `pip install torch --index-url https://download.pytorch.org/whl/cu126` for CUDA 12.6).</source>
        <extracomment>remedy of the diagnosis rule toolkit_dropped_arch (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Ce toolkit ne compile plus pour {arch} ; le dernier CUDA qui le fait est {last_cuda}. Les GPU de cette machine : {gpu_arch} ({gpu_name}). Si votre GPU est plus récent que {arch}, retirez simplement l’ancienne architecture de la liste : `export TORCH_CUDA_ARCH_LIST=&quot;{compute_capability}&quot;` pour les extensions PyTorch, `-DCMAKE_CUDA_ARCHITECTURES=native` (ou votre numéro, par exemple 86) pour CMake, ou supprimez le drapeau `-gencode arch=compute_..` correspondant dans setup.py. Si vous avez vraiment besoin de {arch}, n’installez pas de toolkit plus récent : utilisez CUDA {last_cuda} et un PyTorch construit pour lui (par exemple `pip install torch --index-url https://download.pytorch.org/whl/cu126` pour CUDA 12.6).</translation>
    </message>
    <message>
        <source>The CUDA architecture list is malformed or names an unknown architecture</source>
        <extracomment>title of the diagnosis rule cuda_arch_list_invalid (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>La liste des architectures CUDA est mal formée ou nomme une architecture inconnue</translation>
    </message>
    <message>
        <source>The list of GPU architectures to build for (TORCH_CUDA_ARCH_LIST for PyTorch and its extensions, CMAKE_CUDA_ARCHITECTURES or CUDA_ARCH_LIST for CMake projects) contains an entry the build does not understand (from the message: &apos;{arch}&apos;). Either the spelling is wrong (PyTorch wants &apos;8.6&apos; or &apos;8.6+PTX&apos; separated by spaces or semicolons; CMake wants integers such as 86), or the entry is newer than this PyTorch/CMake version knows (e.g. 9.0a, 10.1, 12.0 with an old torch), or very old (2.1 Fermi). Automatic detection can also produce such entries.</source>
        <extracomment>explanation of the diagnosis rule cuda_arch_list_invalid (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>La liste des architectures de GPU visées par le build (TORCH_CUDA_ARCH_LIST pour PyTorch et ses extensions, CMAKE_CUDA_ARCHITECTURES ou CUDA_ARCH_LIST pour les projets CMake) contient une entrée que le build ne comprend pas (d’après le message : &apos;{arch}&apos;). Soit l’écriture est fausse (PyTorch veut &apos;8.6&apos; ou &apos;8.6+PTX&apos; séparés par des espaces ou des points-virgules ; CMake veut des entiers comme 86), soit l’entrée est plus récente que ce que connaît cette version de PyTorch/CMake (par exemple 9.0a, 10.1, 12.0 avec un ancien torch), soit elle est très ancienne (2.1 Fermi). La détection automatique peut aussi produire de telles entrées.</translation>
    </message>
    <message>
        <source>Show what is set: `echo &quot;$TORCH_CUDA_ARCH_LIST&quot;`. Set it to your GPU&apos;s compute capability ({compute_capability}), e.g. `export TORCH_CUDA_ARCH_LIST=&quot;8.6&quot;` (several: `&quot;7.5;8.6;8.9+PTX&quot;`), or `unset TORCH_CUDA_ARCH_LIST` to let the build detect the GPU. For CMake pass `-DCMAKE_CUDA_ARCHITECTURES=86` (or `native`). If the value is right but unknown to your torch, remove the entry or upgrade torch to a release that knows it, and build again from a clean tree (`rm -rf build`).</source>
        <extracomment>remedy of the diagnosis rule cuda_arch_list_invalid (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Affichez ce qui est défini : `echo &quot;$TORCH_CUDA_ARCH_LIST&quot;`. Donnez-lui la compute capability de votre GPU ({compute_capability}), par exemple `export TORCH_CUDA_ARCH_LIST=&quot;8.6&quot;` (plusieurs : `&quot;7.5;8.6;8.9+PTX&quot;`), ou `unset TORCH_CUDA_ARCH_LIST` pour laisser le build détecter le GPU. Pour CMake, passez `-DCMAKE_CUDA_ARCHITECTURES=86` (ou `native`). Si la valeur est juste mais inconnue de votre torch, retirez l’entrée ou mettez torch à jour vers une version qui la connaît, et reconstruisez depuis une arborescence propre (`rm -rf build`).</translation>
    </message>
    <message>
        <source>The extension refuses this CUDA / PyTorch combination by its own version check</source>
        <extracomment>title of the diagnosis rule cuda_version_unsupported_by_extension (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>L’extension refuse cette combinaison de CUDA et de PyTorch par sa propre vérification de version</translation>
    </message>
    <message>
        <source>The package&apos;s setup script checked the CUDA toolkit (nvcc) and the CUDA version PyTorch was built with, and stopped before compiling: either the toolkit is older than the package supports (e.g. FlashAttention needs CUDA 11.7 or newer, recent releases 12.x), or it insists that nvcc and torch.version.cuda match (Apex, DeepSpeed ops). The build environment found CUDA {cuda_version}.</source>
        <extracomment>explanation of the diagnosis rule cuda_version_unsupported_by_extension (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le script d’installation du paquet a vérifié le toolkit CUDA (nvcc) et la version de CUDA avec laquelle PyTorch a été construit, et s’est arrêté avant de compiler : soit le toolkit est plus ancien que ce que le paquet prend en charge (par exemple FlashAttention exige CUDA 11.7 ou plus récent, les versions récentes 12.x), soit il exige que nvcc et torch.version.cuda correspondent (Apex, DeepSpeed ops). L’environnement de build a trouvé CUDA {cuda_version}.</translation>
    </message>
    <message>
        <source>Compare `nvcc --version` with `python -c &quot;import torch; print(torch.__version__, torch.version.cuda)&quot;`. Install a toolkit that satisfies the check and matches torch&apos;s CUDA (e.g. CUDA 12.4 for a cu124 torch) and point the build at it: `export CUDA_HOME=/usr/local/cuda-12.4 PATH=/usr/local/cuda-12.4/bin:$PATH`, or install the torch variant for the toolkit you have. Prebuilt wheels of the package for your torch/CUDA (see its release page) avoid compiling altogether.</source>
        <extracomment>remedy of the diagnosis rule cuda_version_unsupported_by_extension (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Comparez `nvcc --version` avec `python -c &quot;import torch; print(torch.__version__, torch.version.cuda)&quot;`. Installez un toolkit qui satisfait la vérification et correspond au CUDA de torch (par exemple CUDA 12.4 pour un torch cu124) et indiquez-le au build : `export CUDA_HOME=/usr/local/cuda-12.4 PATH=/usr/local/cuda-12.4/bin:$PATH`, ou installez la variante de torch pour le toolkit dont vous disposez. Les wheels précompilés du paquet pour votre torch/CUDA (voir sa page de versions) évitent complètement la compilation.</translation>
    </message>
    <message>
        <source>git could not clone or fetch a repository</source>
        <extracomment>title of the diagnosis rule git_clone_failed (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>git n’a pas pu cloner ou récupérer un dépôt</translation>
    </message>
    <message>
        <source>A `git clone`, `git fetch` or `git submodule update` (run by you, by pip for a `git+https://` requirement, or by a build script) failed, so the source code is incomplete. Typical reasons: the transfer broke off (large repositories over slow or unstable links, HTTP/2 problems: &apos;RPC failed&apos;, &apos;early EOF&apos;), the repository or commit does not exist or is private (a submodule pinned to a commit that was removed), SSH keys are not set up, or the local object store is corrupt.</source>
        <extracomment>explanation of the diagnosis rule git_clone_failed (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un `git clone`, `git fetch` ou `git submodule update` (lancé par vous, par pip pour une dépendance `git+https://` ou par un script de build) a échoué, donc le code source est incomplet. Raisons typiques : le transfert s’est interrompu (gros dépôts sur des liaisons lentes ou instables, problèmes HTTP/2 : &apos;RPC failed&apos;, &apos;early EOF&apos;), le dépôt ou le commit n’existe pas ou est privé (un sous-module fixé sur un commit supprimé), les clés SSH ne sont pas configurées, ou le magasin d’objets local est corrompu.</translation>
    </message>
    <message>
        <source>Retry with a smaller transfer: `git clone --depth 1 &lt;url&gt;` (then `git fetch --unshallow` if you need history), or `git config --global http.version HTTP/1.1` for &apos;RPC failed; curl 92/56&apos; errors. Check the URL and that the commit exists (`git ls-remote &lt;url&gt;`); for submodules run `git submodule sync --recursive &amp;&amp; git submodule update --init --recursive`. Use the https URL instead of `git@github.com:` if you have no SSH key. A corrupt clone is best deleted and cloned again.</source>
        <extracomment>remedy of the diagnosis rule git_clone_failed (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Réessayez avec un transfert plus petit : `git clone --depth 1 &lt;url&gt;` (puis `git fetch --unshallow` si vous avez besoin de l’historique), ou `git config --global http.version HTTP/1.1` pour les erreurs &apos;RPC failed; curl 92/56&apos;. Vérifiez l’URL et que le commit existe (`git ls-remote &lt;url&gt;`) ; pour les sous-modules, lancez `git submodule sync --recursive &amp;&amp; git submodule update --init --recursive`. Utilisez l’URL https au lieu de `git@github.com:` si vous n’avez pas de clé SSH. Un clone corrompu se supprime et se reclone, c’est le plus simple.</translation>
    </message>
    <message>
        <source>The linker cannot find a library</source>
        <extracomment>title of the diagnosis rule linker_library_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>L’éditeur de liens ne trouve pas une bibliothèque</translation>
    </message>
    <message>
        <source>Compiling worked, but linking did not: the linker was told to use the library &apos;{library}&apos; (e.g. -lcuda, -lcudart, -lnccl, -lcudnn, -lgomp) and found no lib{library}.so or .a in its search path. Often the library is installed but only under another name (only libcuda.so.1 without the libcuda.so link, shipped by the driver), in a folder the linker does not search (/usr/local/cuda/lib64, the lib64/stubs folder, /usr/lib/wsl/lib), or its -dev package is missing.</source>
        <extracomment>explanation of the diagnosis rule linker_library_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>La compilation a réussi, mais pas l’édition de liens : l’éditeur de liens devait utiliser la bibliothèque &apos;{library}&apos; (par exemple -lcuda, -lcudart, -lnccl, -lcudnn, -lgomp) et n’a trouvé aucun lib{library}.so ou .a dans son chemin de recherche. Souvent la bibliothèque est installée, mais seulement sous un autre nom (uniquement libcuda.so.1 sans le lien libcuda.so, fourni par le pilote), dans un dossier que l’éditeur de liens ne parcourt pas (/usr/local/cuda/lib64, le dossier lib64/stubs, /usr/lib/wsl/lib), ou son paquet -dev manque.</translation>
    </message>
    <message>
        <source>Find it: `ldconfig -p | grep {library}` and `find / -name &apos;lib{library}*&apos; 2&gt;/dev/null`. Point the linker at the folder: `export LIBRARY_PATH=/usr/local/cuda/lib64:$LIBRARY_PATH` (for -lcuda at build time also `/usr/local/cuda/lib64/stubs`), or create the missing development link, e.g. `sudo ln -s libcuda.so.1 /usr/lib/x86_64-linux-gnu/libcuda.so` (for torch.compile/Triton on WSL: `export LIBRARY_PATH=/usr/lib/wsl/lib:$LIBRARY_PATH`). If it is not installed, install its -dev/-devel package (e.g. `libnccl-dev`, `cuda-cudart-dev-12-4`).</source>
        <extracomment>remedy of the diagnosis rule linker_library_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Trouvez-la : `ldconfig -p | grep {library}` et `find / -name &apos;lib{library}*&apos; 2&gt;/dev/null`. Indiquez le dossier à l’éditeur de liens : `export LIBRARY_PATH=/usr/local/cuda/lib64:$LIBRARY_PATH` (pour -lcuda au moment du build, aussi `/usr/local/cuda/lib64/stubs`), ou créez le lien de développement manquant, par exemple `sudo ln -s libcuda.so.1 /usr/lib/x86_64-linux-gnu/libcuda.so` (pour torch.compile/Triton sous WSL : `export LIBRARY_PATH=/usr/lib/wsl/lib:$LIBRARY_PATH`). Si elle n’est pas installée, installez son paquet -dev/-devel (par exemple `libnccl-dev`, `cuda-cudart-dev-12-4`).</translation>
    </message>
    <message>
        <source>A header file (other than Python.h) is missing</source>
        <extracomment>title of the diagnosis rule header_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Un fichier d’en-tête (autre que Python.h) manque</translation>
    </message>
    <message>
        <source>The compiler could not find the header &apos;{header}&apos; that the code includes. Headers come with development packages: CUDA headers (cuda_runtime.h, cusparse.h, cublas_v2.h, nccl.h, cudnn.h) with the CUDA toolkit, cuDNN or NCCL dev packages, system headers (crypt.h, zlib.h, ...) with -dev/-devel packages or the conda compilers&apos; sysroot. Either the package is not installed, or it is installed in a place the build does not search (CUDA_HOME not set, a runtime-only CUDA install, a conda env without the headers).</source>
        <extracomment>explanation of the diagnosis rule header_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le compilateur n’a pas trouvé l’en-tête &apos;{header}&apos; que le code inclut. Les en-têtes viennent avec les paquets de développement : les en-têtes CUDA (cuda_runtime.h, cusparse.h, cublas_v2.h, nccl.h, cudnn.h) avec le toolkit CUDA ou les paquets de développement de cuDNN ou NCCL, les en-têtes système (crypt.h, zlib.h, ...) avec les paquets -dev/-devel ou le sysroot des compilateurs conda. Soit le paquet n’est pas installé, soit il est installé à un endroit que le build ne parcourt pas (CUDA_HOME non défini, une installation de CUDA limitée au runtime, un environnement conda sans les en-têtes).</translation>
    </message>
    <message>
        <source>Find it: `find / -name &apos;{header}&apos; 2&gt;/dev/null | head`. If it exists, add its folder to the search path, e.g. `export CUDA_HOME=/usr/local/cuda CPATH=/usr/local/cuda/include:$CPATH`. If not, install the package that provides it: the full CUDA toolkit (not only the runtime/driver) for cuda_runtime.h and cusparse.h (e.g. `sudo apt install cuda-toolkit-12-4` or `conda install -c nvidia cuda-toolkit`), `libnccl-dev`, `libcudnn9-dev-cuda-12`, `libcrypt-dev` for crypt.h (`conda install libxcrypt` in conda), `zlib1g-dev` for zlib.h. On Debian/Ubuntu `apt-file search {header}` tells which package has it.</source>
        <extracomment>remedy of the diagnosis rule header_missing (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Trouvez-le : `find / -name &apos;{header}&apos; 2&gt;/dev/null | head`. S’il existe, ajoutez son dossier au chemin de recherche, par exemple `export CUDA_HOME=/usr/local/cuda CPATH=/usr/local/cuda/include:$CPATH`. Sinon, installez le paquet qui le fournit : le toolkit CUDA complet (pas seulement le runtime ou le pilote) pour cuda_runtime.h et cusparse.h (par exemple `sudo apt install cuda-toolkit-12-4` ou `conda install -c nvidia cuda-toolkit`), `libnccl-dev`, `libcudnn9-dev-cuda-12`, `libcrypt-dev` pour crypt.h (`conda install libxcrypt` dans conda), `zlib1g-dev` pour zlib.h. Sous Debian/Ubuntu, `apt-file search {header}` indique quel paquet le contient.</translation>
    </message>
    <message>
        <source>The compiler itself crashed (internal compiler error)</source>
        <extracomment>title of the diagnosis rule compiler_internal_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le compilateur lui-même a planté (internal compiler error)</translation>
    </message>
    <message>
        <source>The compiler crashed while translating a file: this is a bug in the compiler version (gcc, clang, MSVC or nvcc&apos;s cicc/cudafe++), triggered by the code and the flags used, not an error in your setup. Such bugs are specific to one compiler release and target (e.g. gcc 14 on aarch64 with SVE, MSVC 2017 on some .cu files); when the crash is &apos;Killed&apos;, the machine ran out of memory instead, which is a different problem.</source>
        <extracomment>explanation of the diagnosis rule compiler_internal_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le compilateur a planté en traduisant un fichier : c’est un bogue de cette version du compilateur (gcc, clang, MSVC ou cicc/cudafe++ de nvcc), déclenché par le code et les options utilisées, pas une erreur de votre configuration. Ces bogues sont propres à une version et à une cible du compilateur (par exemple gcc 14 sur aarch64 avec SVE, MSVC 2017 sur certains fichiers .cu) ; quand le plantage est &apos;Killed&apos;, c’est plutôt la machine qui a manqué de mémoire, ce qui est un autre problème.</translation>
    </message>
    <message>
        <source>Use another compiler version: e.g. `sudo apt install gcc-12 g++-12` then `export CC=gcc-12 CXX=g++-12 CUDAHOSTCXX=g++-12` (your gcc: {gcc_version}), update Visual Studio / the CUDA toolkit, or lower the optimisation or target flags of the failing file if the thread names a workaround. If the crash is random (a different file each time), suspect RAM or overheating and retry with fewer jobs: `MAX_JOBS={max_jobs}`.</source>
        <extracomment>remedy of the diagnosis rule compiler_internal_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Utilisez une autre version du compilateur : par exemple `sudo apt install gcc-12 g++-12` puis `export CC=gcc-12 CXX=g++-12 CUDAHOSTCXX=g++-12` (votre gcc : {gcc_version}), mettez à jour Visual Studio ou le toolkit CUDA, ou baissez les options d’optimisation ou de cible du fichier en échec si le rapport de bogue indique un contournement. Si le plantage est aléatoire (un fichier différent à chaque fois), soupçonnez la RAM ou une surchauffe et réessayez avec moins de tâches : `MAX_JOBS={max_jobs}`.</translation>
    </message>
    <message>
        <source>The code does not compile with this CUDA&apos;s Thrust/CUB (CCCL 3 / CUDA 13 API changes)</source>
        <extracomment>title of the diagnosis rule thrust_cub_cccl_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Le code ne compile pas avec le Thrust/CUB de ce CUDA (changements d’API de CCCL 3 / CUDA 13)</translation>
    </message>
    <message>
        <source>CUDA 13 ships CCCL 3 (Thrust, CUB and libcu++), which removed long-deprecated names (e.g. `cub::Sum`, `cub::Max`, `thrust::unary_function`, old iterator and functor helpers) and requires C++17. Code written for CUDA 11/12 that still uses them stops with &apos;namespace &quot;cub&quot; has no member ...&apos;. A Thrust/CUB copy on the include path that does not match the toolkit gives similar errors.</source>
        <extracomment>explanation of the diagnosis rule thrust_cub_cccl_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>CUDA 13 fournit CCCL 3 (Thrust, CUB et libcu++), qui a supprimé des noms obsolètes depuis longtemps (par exemple `cub::Sum`, `cub::Max`, `thrust::unary_function`, d’anciens utilitaires d’itérateurs et de foncteurs) et exige C++17. Le code écrit pour CUDA 11/12 qui les utilise encore s’arrête avec &apos;namespace &quot;cub&quot; has no member ...&apos;. Une copie de Thrust/CUB dans le chemin d’inclusion qui ne correspond pas au toolkit provoque des erreurs semblables.</translation>
    </message>
    <message>
        <source>Build with a CUDA 12.x toolkit (e.g. 12.8) until the project supports CUDA 13 (`export CUDA_HOME=/usr/local/cuda-12.8 PATH=/usr/local/cuda-12.8/bin:$PATH`), or update the project to a release that does. When fixing the code: replace `cub::Sum()` with `cuda::std::plus&lt;&gt;()`, `cub::Max()` with `cuda::maximum&lt;&gt;()`, drop `thrust::unary_function` bases, and compile with `-std=c++17`. Remove old Thrust/CUB copies from the include path so the toolkit&apos;s own are used.</source>
        <extracomment>remedy of the diagnosis rule thrust_cub_cccl_error (toolchain.json); keep {placeholders} and `commands`</extracomment>
        <translation>Construisez avec un toolkit CUDA 12.x (par exemple 12.8) jusqu’à ce que le projet prenne en charge CUDA 13 (`export CUDA_HOME=/usr/local/cuda-12.8 PATH=/usr/local/cuda-12.8/bin:$PATH`), ou mettez le projet à jour vers une version qui le fait. Pour corriger le code : remplacez `cub::Sum()` par `cuda::std::plus&lt;&gt;()`, `cub::Max()` par `cuda::maximum&lt;&gt;()`, retirez les classes de base `thrust::unary_function` et compilez avec `-std=c++17`. Retirez les anciennes copies de Thrust/CUB du chemin d’inclusion pour que celles du toolkit soient utilisées.</translation>
    </message>
    <message>
        <source>The build needs Python packaging tools that are not installed. Python 3.12 removed the old &apos;distutils&apos; module, so old setuptools versions and setup.py scripts that import it break, and it removed pkgutil.ImpImporter, which old pip and pkg_resources still use; &apos;invalid command bdist_wheel&apos; means the &apos;wheel&apos; package is missing.</source>
        <extracomment>explanation of the diagnosis rule python_build_tooling (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>La compilation a besoin d&apos;outils de paquetage Python qui ne sont pas installés. Python 3.12 a retiré l&apos;ancien module &apos;distutils&apos;, si bien que les anciennes versions de setuptools et les scripts setup.py qui l&apos;importent échouent, et il a retiré pkgutil.ImpImporter, qu&apos;utilisent encore les anciens pip et pkg_resources ; &apos;invalid command bdist_wheel&apos; signifie que le paquet &apos;wheel&apos; manque.</translation>
    </message>
    <message>
        <source>Install a CUDA toolkit that matches your PyTorch (`python -c &quot;import torch; print(torch.version.cuda)&quot;`), e.g. from NVIDIA&apos;s repository or `conda install -c nvidia/label/cuda-12.1.0 cuda-toolkit`, then `export CUDA_HOME=/usr/local/cuda PATH=$CUDA_HOME/bin:$PATH` and check `nvcc --version`. Do not run the build with sudo (sudo drops your PATH). On Windows with a Visual Studio generator, CMake&apos;s `No CUDA toolset found` means Visual Studio does not see the toolkit: reinstall CUDA with its Visual Studio Integration component, or name the toolkit with `cmake -T cuda=&lt;toolkit path&gt;`.</source>
        <extracomment>remedy of the diagnosis rule cuda_toolkit_missing (cuda.json); keep {placeholders} and `commands`</extracomment>
        <translation>Installez une boîte à outils CUDA qui correspond à votre PyTorch (`python -c &quot;import torch; print(torch.version.cuda)&quot;`), par exemple depuis le dépôt de NVIDIA ou avec `conda install -c nvidia/label/cuda-12.1.0 cuda-toolkit`, puis `export CUDA_HOME=/usr/local/cuda PATH=$CUDA_HOME/bin:$PATH` et vérifiez `nvcc --version`. Ne lancez pas la compilation avec sudo (sudo abandonne votre PATH). Sous Windows avec un générateur Visual Studio, le `No CUDA toolset found` de CMake signifie que Visual Studio ne voit pas la boîte à outils : réinstallez CUDA avec son composant Visual Studio Integration, ou nommez la boîte à outils avec `cmake -T cuda=&lt;toolkit path&gt;`.</translation>
    </message>
    <message>
        <source>torchvision, torchaudio and prebuilt extensions such as xFormers contain C++/CUDA code built for exactly one torch release and CUDA variant. After torch was upgraded or reinstalled from another index (e.g. by another package&apos;s requirements), the old torchvision no longer fits.</source>
        <extracomment>explanation of the diagnosis rule torch_pairing_mismatch (python.json); keep {placeholders} and `commands`</extracomment>
        <translation>torchvision, torchaudio et les extensions précompilées comme xFormers contiennent du code C++/CUDA compilé pour exactement une version de torch et une variante CUDA. Après une mise à jour de torch ou sa réinstallation depuis un autre index (par exemple à cause des exigences d&apos;un autre paquet), l&apos;ancien torchvision ne convient plus.</translation>
    </message>
    <message>
        <source>uv or pip reported an error</source>
        <extracomment>title of the diagnosis rule anchor_uv_report (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>uv ou pip a signalé une erreur</translation>
    </message>
    <message>
        <source>The installer stopped with the boxed error shown: the line after &quot;×&quot; says what failed, and the lines marked &quot;╰─▶&quot; below it say why (for uv, the chain of requirements that cannot all be met).</source>
        <extracomment>explanation of the diagnosis rule anchor_uv_report (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>L’installateur s’est arrêté sur l’erreur encadrée affichée : la ligne après &quot;×&quot; dit ce qui a échoué, et les lignes marquées &quot;╰─▶&quot; en dessous disent pourquoi (pour uv, la chaîne de dépendances qui ne peuvent pas toutes être satisfaites).</translation>
    </message>
    <message>
        <source>Read the &quot;╰─▶&quot; lines under the marked one: they name the package and the version or platform that could not be satisfied. The &quot;help:&quot; line, where there is one, names the option that changes it.</source>
        <extracomment>remedy of the diagnosis rule anchor_uv_report (anchors.json); keep {placeholders} and `commands`</extracomment>
        <translation>Lisez les lignes marquées &quot;╰─▶&quot; sous la ligne signalée : elles nomment le paquet et la version ou la plateforme qui n’ont pas pu être satisfaites. La ligne &quot;help:&quot;, s’il y en a une, nomme l’option qui change cela.</translation>
    </message>
    <message>
        <source>pip went on after a network problem</source>
        <extracomment>title of the diagnosis rule pip_went_on (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip a continué après un problème réseau</translation>
    </message>
    <message>
        <source>pip printed its next step after the connection problems above: it retried and got what it needed, so those warnings were not the failure.</source>
        <extracomment>explanation of the diagnosis rule pip_went_on (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>pip a affiché son étape suivante après les problèmes de connexion ci-dessus : il a réessayé et obtenu ce qu’il lui fallait, ces avertissements n’étaient donc pas l’échec.</translation>
    </message>
    <message>
        <source>Nothing to do for the warnings above; if the install failed later, the failure is after this line.</source>
        <extracomment>remedy of the diagnosis rule pip_went_on (network.json); keep {placeholders} and `commands`</extracomment>
        <translation>Rien à faire pour les avertissements ci-dessus ; si l’installation a échoué plus tard, l’échec se trouve après cette ligne.</translation>
    </message>
</context>
<context>
    <name>DockerImages</name>
    <message>
        <source>The list of Docker base images cannot be read: %1</source>
        <translation>La liste des images Docker de base ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the data files belong to it.</source>
        <translation>Réinstallez dlstack ; les fichiers de données en font partie.</translation>
    </message>
    <message>
        <source>The list of Docker base images is not valid: %1</source>
        <translation>La liste des images Docker de base n’est pas valide : %1</translation>
    </message>
    <message>
        <source>Reinstall dlstack, or fix the file if you edited it.</source>
        <translation>Réinstallez dlstack, ou corrigez le fichier si vous l’avez modifié.</translation>
    </message>
    <message>
        <source>schema %1 is not 1</source>
        <translation>le schéma %1 n’est pas 1</translation>
    </message>
    <message>
        <source>the %1 %2 record needs devel, runtime and source</source>
        <translation>l’entrée %1 %2 doit avoir devel, runtime et source</translation>
    </message>
    <message>
        <source>the %1 %2 image %3 does not carry its toolkit version %4</source>
        <translation>l’image %1 %2 %3 ne porte pas sa version de toolkit %4</translation>
    </message>
    <message>
        <source>Ubuntu %1 of the %2 %3 image is not described</source>
        <translation>Ubuntu %1 de l’image %2 %3 n’est pas décrit</translation>
    </message>
</context>
<context>
    <name>DockerfileExporter</name>
    <message>
        <source>There is no published %1 image for %2 %3, so no Dockerfile can start from one.</source>
        <translation>Il n’existe pas d’image %1 publiée pour %2 %3 ; aucun Dockerfile ne peut donc partir d’une telle image.</translation>
    </message>
    <message>
        <source>Pick one of the versions that have an image: %1.</source>
        <translation>Choisissez une des versions qui ont une image : %1.</translation>
    </message>
    <message>
        <source>The image gets a new venv: the existing environment %1 belongs to this machine.</source>
        <translation>L’image reçoit un nouveau venv : l’environnement existant %1 appartient à cette machine.</translation>
    </message>
    <message>
        <source>The image build downloads from the origins: the offline folder %1 is on this machine, not in the build context.</source>
        <translation>La construction de l’image télécharge depuis les sources d’origine : le dossier hors ligne %1 est sur cette machine, pas dans le contexte de build.</translation>
    </message>
    <message>
        <source>dlstack&apos;s image data (dockerimages.json) has no base image for Intel XPU, so no Dockerfile can be written for an XPU selection.</source>
        <translation>Les données d’images de dlstack (dockerimages.json) n’ont aucune image de base pour Intel XPU : aucun Dockerfile ne peut donc être écrit pour une sélection XPU.</translation>
    </message>
    <message>
        <source>Export a script instead (--format bash), or pick a CUDA, ROCm or CPU build for the image.</source>
        <translation>Exportez plutôt un script (--format bash), ou choisissez un build CUDA, ROCm ou CPU pour l’image.</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée depuis %1 s</translation>
    </message>
    <message>
        <source>HTTP 416 for a resumed download</source>
        <translation>HTTP 416 pour un téléchargement repris</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 bytes</source>
        <translation>connexion fermée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>Refusing to send a credential over plain http to %1.</source>
        <translation>Refus d’envoyer un identifiant en http non chiffré à %1.</translation>
    </message>
    <message>
        <source>Anyone on the network path can read an http:// request, and the token or password with it. Nothing was downloaded.</source>
        <translation>Toute personne sur le chemin réseau peut lire une requête http://, avec le jeton ou le mot de passe. Rien n’a été téléchargé.</translation>
    </message>
    <message>
        <source>Use an https:// URL. If this server has no https, set &quot;allow_insecure_auth&quot;: true on the download step and run `dlstack install --allow-insecure-auth`.</source>
        <translation>Utilisez une URL https://. Si ce serveur n’a pas https, mettez &quot;allow_insecure_auth&quot;: true dans le pas de téléchargement et lancez `dlstack install --allow-insecure-auth`.</translation>
    </message>
    <message>
        <source>HTTP %1 without a Location header</source>
        <translation>HTTP %1 sans en-tête Location</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http(s) URL</source>
        <translation>redirigé vers %1, qui n’est pas une URL http(s)</translation>
    </message>
    <message>
        <source>redirected from https to plain http (%1); not followed</source>
        <translation>redirigé de https vers http non chiffré (%1) ; non suivi</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>Redirected from %1 to %2; the credential for %1 is not sent there (the plan&apos;s credential for %2 is).</source>
        <translation>Redirigé de %1 vers %2 ; l’identifiant pour %1 n’y est pas envoyé (celui du plan pour %2 l’est).</translation>
    </message>
    <message>
        <source>Redirected from %1 to %2; the credential for %1 is not sent to another origin.</source>
        <translation>Redirigé de %1 vers %2 ; l’identifiant pour %1 n’est envoyé à aucune autre origine.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un répertoire</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>%1, not a regular file; a file:// source must be a regular file</source>
        <translation>%1, pas un fichier ordinaire ; une source file:// doit être un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 through the proxy %2</source>
        <translation>%1 via le proxy %2</translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection: %2</source>
        <translation>le proxy %1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <source>the proxy %1 did not let the request through: %2</source>
        <translation>le proxy %1 n’a pas laissé passer la requête : %2</translation>
    </message>
</context>
<context>
    <name>DriverRule</name>
    <message>
        <source> (on the Windows side)</source>
        <translation> (côté Windows)</translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but not loaded for %1.</source>
        <translation>Le pilote NVIDIA est installé mais n’est pas chargé pour %1.</translation>
    </message>
    <message>
        <source>Reboot; if it stays unloaded, check `sudo dmesg | grep -i nvidia` (Secure Boot can block an unsigned module).</source>
        <translation>Redémarrez ; s’il reste non chargé, vérifiez `sudo dmesg | grep -i nvidia` (Secure Boot peut bloquer un module non signé).</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found; CUDA %1 needs driver %2 or newer.</source>
        <translation>Aucun pilote NVIDIA n’a été trouvé ; CUDA %1 nécessite le pilote %2 ou plus récent.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2 (Ubuntu: sudo ubuntu-drivers install), then reboot.</source>
        <translation>Installez %1 ou plus récent%2 (Ubuntu : sudo ubuntu-drivers install), puis redémarrez.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2</source>
        <translation>Installez %1 ou plus récent%2</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>, or pick CUDA %1.</source>
        <translation>, ou choisissez CUDA %1.</translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer; you have %3.</source>
        <translation>CUDA %1 nécessite le pilote NVIDIA %2 ou plus récent ; vous avez %3.</translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer for its full feature set (PTX JIT, the toolkit&apos;s own checks); you have %3, which runs it only through minor-version compatibility.</source>
        <translation>CUDA %1 nécessite le pilote NVIDIA %2 ou plus récent pour toutes ses fonctions (PTX JIT, les vérifications propres au toolkit) ; vous avez %3, qui ne l’exécute que grâce à la compatibilité de version mineure.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2.</source>
        <translation>Installez %1 ou plus récent%2.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2, or pick CUDA %3.</source>
        <translation>Installez %1 ou plus récent%2, ou choisissez CUDA %3.</translation>
    </message>
    <message>
        <source>Driver %1 is older than CUDA %2&apos;s own driver %3; the wheels run through CUDA minor-version compatibility.</source>
        <translation>Le pilote %1 est plus ancien que le pilote %3 propre à CUDA %2 ; les wheels fonctionnent grâce à la compatibilité de version mineure de CUDA.</translation>
    </message>
    <message>
        <source>If kernels compiled at run time fail (PTX JIT), install %1 or newer.</source>
        <translation>Si les noyaux compilés à l’exécution échouent (PTX JIT), installez %1 ou plus récent.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The plan kept in %1 could not be moved aside.</source>
        <translation>Le plan conservé dans %1 n’a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>Check the permissions of %1.</source>
        <translation>Vérifiez les permissions de %1.</translation>
    </message>
</context>
<context>
    <name>EnvironmentRecipe</name>
    <message>
        <source>No Python %1 was detected; the plan calls &quot;%2&quot; from PATH.</source>
        <translation>Aucun Python %1 n&apos;a été détecté ; le plan appelle « %2 » depuis le PATH.</translation>
    </message>
    <message>
        <source>Miniforge %1 for %2 is downloaded without a checksum: the matrix records none for it.</source>
        <translation>Miniforge %1 pour %2 est téléchargé sans somme de contrôle : la matrice n&apos;en enregistre aucune.</translation>
    </message>
</context>
<context>
    <name>EnvironmentRules</name>
    <message>
        <source>PyTorch %1 was built against NumPy 1.x, and the environment has numpy %2: &quot;A module that was compiled using NumPy 1.x cannot be run in NumPy 2.x&quot;.</source>
        <translation>PyTorch %1 a été compilé avec NumPy 1.x, et l’environnement a numpy %2 : « A module that was compiled using NumPy 1.x cannot be run in NumPy 2.x ».</translation>
    </message>
    <message>
        <source>pip install &quot;numpy&lt;2&quot; in the environment, or pick torch %1 or newer.</source>
        <translation>pip install &quot;numpy&lt;2&quot; dans l’environnement, ou choisissez torch %1 ou plus récent.</translation>
    </message>
    <message>
        <source>PyTorch %1 needs NumPy 1.x; the new environment gets numpy&lt;2.</source>
        <translation>PyTorch %1 nécessite NumPy 1.x ; le nouvel environnement reçoit numpy&lt;2.</translation>
    </message>
    <message>
        <source>Python %1 no longer ships distutils, which the build scripts of PyTorch %2 (made for Python up to %3) still import.</source>
        <translation>Python %1 ne fournit plus distutils, que les scripts de build de PyTorch %2 (conçus pour Python jusqu’à %3) importent encore.</translation>
    </message>
    <message>
        <source>Use Python %1, or install setuptools in the build environment (it provides a distutils shim).</source>
        <translation>Utilisez Python %1, ou installez setuptools dans l’environnement de build (il fournit un substitut de distutils).</translation>
    </message>
</context>
<context>
    <name>ExistingEnvRule</name>
    <message>
        <source>its CUDA %1 needs driver %2, you have %3</source>
        <translation>son CUDA %1 nécessite le pilote %2, vous avez %3</translation>
    </message>
    <message>
        <source>it has no kernels for %1 (%2)</source>
        <translation>il n’a pas de noyaux pour %1 (%2)</translation>
    </message>
    <message>
        <source>The environment %1 is not in the profile, so its Python and packages are unknown.</source>
        <translation>L’environnement %1 n’est pas dans le profil ; son Python et ses paquets sont donc inconnus.</translation>
    </message>
    <message>
        <source>Run `dlstack detect --env %1` and check again.</source>
        <translation>Lancez `dlstack detect --env %1` et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The environment %1 holds torch %2, which cannot use this machine&apos;s GPU: %3.</source>
        <translation>L’environnement %1 contient torch %2, qui ne peut pas utiliser le GPU de cette machine : %3.</translation>
    </message>
    <message>
        <source>The install replaces it; anything built against it must be rebuilt.</source>
        <translation>L’installation le remplace ; tout ce qui a été compilé avec lui doit être recompilé.</translation>
    </message>
    <message>
        <source>torch %1 is already installed in %2.</source>
        <translation>torch %1 est déjà installé dans %2.</translation>
    </message>
    <message>
        <source>The environment %1 holds torch %2; installing torch %3 replaces it.</source>
        <translation>L’environnement %1 contient torch %2 ; installer torch %3 le remplace.</translation>
    </message>
    <message>
        <source>Packages built against torch %1 (C++/CUDA extensions, apex) must be rebuilt; a new environment avoids that.</source>
        <translation>Les paquets compilés avec torch %1 (extensions C++/CUDA, apex) doivent être recompilés ; un nouvel environnement évite cela.</translation>
    </message>
</context>
<context>
    <name>Extras</name>
    <message>
        <source>TensorRT runs on NVIDIA GPUs only; the selection is for %1.</source>
        <translation>TensorRT ne fonctionne que sur les GPU NVIDIA ; la sélection est pour %1.</translation>
    </message>
    <message>
        <source>Pick a CUDA version (--cuda X.Y), or drop tensorrt.</source>
        <translation>Choisissez une version de CUDA (--cuda X.Y), ou retirez tensorrt.</translation>
    </message>
    <message>
        <source>torch-tensorrt wheels are built against the published torch wheels, not a torch built from source.</source>
        <translation>Les wheels torch-tensorrt sont compilées pour les wheels torch publiées, pas pour un torch compilé depuis les sources.</translation>
    </message>
    <message>
        <source>Use the prebuilt route for tensorrt, or drop tensorrt.</source>
        <translation>Utilisez la voie précompilée pour tensorrt, ou retirez tensorrt.</translation>
    </message>
    <message>
        <source>No torch-tensorrt release is paired with PyTorch %1 in the tested matrix.</source>
        <translation>Aucune version de torch-tensorrt n’est associée à PyTorch %1 dans la matrice testée.</translation>
    </message>
    <message>
        <source>Drop tensorrt.</source>
        <translation>Retirez tensorrt.</translation>
    </message>
    <message>
        <source>Drop tensorrt, or pick a PyTorch release that has one (%1).</source>
        <translation>Retirez tensorrt, ou choisissez une version de PyTorch qui en a une (%1).</translation>
    </message>
    <message>
        <source>torch-tensorrt %1 (for PyTorch %2) has TensorRT wheels for CUDA %3 only, not CUDA %4.</source>
        <translation>torch-tensorrt %1 (pour PyTorch %2) n’a de wheels TensorRT que pour CUDA %3, pas pour CUDA %4.</translation>
    </message>
    <message>
        <source>Pick --cuda %1, or drop tensorrt.</source>
        <translation>Choisissez --cuda %1, ou retirez tensorrt.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>torchtext has no release for PyTorch %1: its development stopped with torchtext %2, the partner of PyTorch %3.</source>
        <translation>torchtext n’a aucune version pour PyTorch %1 : son développement s’est arrêté avec torchtext %2, le partenaire de PyTorch %3.</translation>
    </message>
    <message>
        <source>Drop torchtext, or pick PyTorch %1 or older.</source>
        <translation>Retirez torchtext, ou choisissez PyTorch %1 ou plus ancien.</translation>
    </message>
    <message>
        <source>NVIDIA Apex builds CUDA extensions; the selection is for %1.</source>
        <translation>NVIDIA Apex compile des extensions CUDA ; la sélection est pour %1.</translation>
    </message>
    <message>
        <source>Pick a CUDA version (--cuda X.Y), or drop apex.</source>
        <translation>Choisissez une version de CUDA (--cuda X.Y), ou retirez apex.</translation>
    </message>
    <message>
        <source>Apex has no tag between %1 (PyTorch %2) and %3 (PyTorch %4)</source>
        <translation>Apex n&apos;a pas de tag entre %1 (PyTorch %2) et %3 (PyTorch %4)</translation>
    </message>
    <message>
        <source>Apex has no tag after %1, the tag of NVIDIA&apos;s PyTorch container %2 (PyTorch %3)</source>
        <translation>Apex n&apos;a pas de tag après %1, le tag du conteneur PyTorch %2 de NVIDIA (PyTorch %3)</translation>
    </message>
    <message>
        <source>Apex has no tag before %1, the tag of NVIDIA&apos;s PyTorch container %2 (PyTorch %3)</source>
        <translation>Apex n&apos;a pas de tag avant %1, le tag du conteneur PyTorch %2 de NVIDIA (PyTorch %3)</translation>
    </message>
    <message>
        <source>test-nn runs PyTorch&apos;s own test/test_nn.py from the source tree, and prebuilt wheels have no source tree.</source>
        <translation>test-nn exécute le test/test_nn.py de PyTorch depuis l&apos;arborescence des sources, et les wheels précompilées n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>Add --route source to build PyTorch from source, or drop test-nn.</source>
        <translation>Ajoutez --route source pour compiler PyTorch depuis les sources, ou retirez test-nn.</translation>
    </message>
    <message>
        <source>No torch-tensorrt that dlstack can install goes with PyTorch %1: %2 (%3)</source>
        <translation>Aucun torch-tensorrt que dlstack sait installer ne va avec PyTorch %1 : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FactSheet</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>The version could not be read.</source>
        <translation>La version n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Too old for any PyTorch release: the oldest one dlstack knows needs Python %1 or newer. A new environment gets a newer Python.</source>
        <translation>Trop ancien pour toute version de PyTorch : la plus ancienne que dlstack connaît demande Python %1 ou plus récent. Un nouvel environnement reçoit un Python plus récent.</translation>
    </message>
    <message>
        <source>PyTorch %1 supports Python %2.</source>
        <translation>PyTorch %1 prend en charge Python %2.</translation>
    </message>
    <message>
        <source>Newer than any PyTorch release supports (up to Python %1); a new environment gets an older Python.</source>
        <translation>Plus récent que ce que prend en charge toute version de PyTorch (jusqu’à Python %1) ; un nouvel environnement reçoit un Python plus ancien.</translation>
    </message>
    <message>
        <source>No PyTorch release dlstack knows supports Python %1.</source>
        <translation>Aucune version de PyTorch connue de dlstack ne prend en charge Python %1.</translation>
    </message>
    <message>
        <source>driver not loaded</source>
        <translation>pilote non chargé</translation>
    </message>
    <message>
        <source>no driver installed</source>
        <translation>aucun pilote installé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>For information.</source>
        <translation>Pour information.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source> (WSL)</source>
        <translation> (WSL)</translation>
    </message>
    <message>
        <source>Under WSL the GPU driver is Windows&apos;s; install it there.</source>
        <translation>Sous WSL, le pilote GPU est celui de Windows ; installez-le là.</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>Cœurs CPU</translation>
    </message>
    <message>
        <source>Sets MAX_JOBS of source builds with the memory.</source>
        <translation>Fixe avec la mémoire le MAX_JOBS des builds depuis les sources.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Not reported by this profile.</source>
        <translation>Non indiqué par ce profil.</translation>
    </message>
    <message>
        <source>Under 8 GiB: a source build will be slow or run out of memory; prebuilt wheels are fine.</source>
        <translation>Moins de 8 Gio : un build depuis les sources sera lent ou manquera de mémoire ; les wheels précompilés conviennent.</translation>
    </message>
    <message>
        <source>Enough for prebuilt wheels and source builds.</source>
        <translation>Suffisant pour les wheels précompilés et les builds depuis les sources.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Disque libre</translation>
    </message>
    <message>
        <source>Under 10 GiB: even prebuilt wheels need about 10 GB. Free some space or install elsewhere.</source>
        <translation>Moins de 10 Gio : même les wheels précompilés demandent environ 10 Go. Libérez de la place ou installez ailleurs.</translation>
    </message>
    <message>
        <source>Enough for prebuilt wheels; a source build needs about 40 GB.</source>
        <translation>Suffisant pour les wheels précompilés ; un build depuis les sources demande environ 40 Go.</translation>
    </message>
    <message>
        <source>Enough for a source build (about 40 GB).</source>
        <translation>Suffisant pour un build depuis les sources (environ 40 Go).</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Secure Boot</translation>
    </message>
    <message>
        <source>Kernel modules such as the NVIDIA driver must be signed.</source>
        <translation>Les modules du noyau comme le pilote NVIDIA doivent être signés.</translation>
    </message>
    <message>
        <source>Installs can fail or break until this is fixed.</source>
        <translation>Les installations peuvent échouer ou casser quelque chose tant que ce n’est pas corrigé.</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>Without a GPU only CPU builds are offered.</source>
        <translation>Sans GPU, seuls des builds CPU sont proposés.</translation>
    </message>
    <message>
        <source>compute capability %1</source>
        <translation>compute capability %1</translation>
    </message>
    <message>
        <source>MIG on</source>
        <translation>MIG activé</translation>
    </message>
    <message>
        <source>unnamed %1 GPU</source>
        <translation>GPU %1 sans nom</translation>
    </message>
    <message>
        <source>Blocks GPU installs until its driver works.</source>
        <translation>Bloque les installations GPU tant que son pilote ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Found and usable.</source>
        <translation>Trouvé et utilisable.</translation>
    </message>
    <message>
        <source>, supports CUDA up to %1</source>
        <translation>, prend en charge CUDA jusqu’à %1</translation>
    </message>
    <message>
        <source>, open kernel module</source>
        <translation>, module noyau ouvert</translation>
    </message>
    <message>
        <source>NVIDIA driver</source>
        <translation>Pilote NVIDIA</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Chargé.</translation>
    </message>
    <message>
        <source>CUDA builds up to %1 run with this driver.</source>
        <translation>Les builds CUDA jusqu’à %1 fonctionnent avec ce pilote.</translation>
    </message>
    <message>
        <source>CUDA and ROCm</source>
        <translation>CUDA et ROCm</translation>
    </message>
    <message>
        <source>CUDA toolkit</source>
        <translation>Toolkit CUDA</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>aucun installé</translation>
    </message>
    <message>
        <source>Prebuilt PyTorch wheels bring their own CUDA runtime; a source build installs a toolkit.</source>
        <translation>Les wheels PyTorch précompilés apportent leur propre runtime CUDA ; un build depuis les sources installe un toolkit.</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <source>nvcc is missing: this toolkit cannot compile CUDA code.</source>
        <translation>nvcc est absent : ce toolkit ne peut pas compiler de code CUDA.</translation>
    </message>
    <message>
        <source>Usable for source builds and CUDA extensions.</source>
        <translation>Utilisable pour les builds depuis les sources et les extensions CUDA.</translation>
    </message>
    <message>
        <source>cuDNN %1</source>
        <translation>cuDNN %1</translation>
    </message>
    <message>
        <source>No NVIDIA GPU here to use it.</source>
        <translation>Pas de GPU NVIDIA ici pour l’utiliser.</translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation>ROCm %1</translation>
    </message>
    <message>
        <source>Compilers and tools</source>
        <translation>Compilateurs et outils</translation>
    </message>
    <message>
        <source>C/C++ compiler</source>
        <translation>Compilateur C/C++</translation>
    </message>
    <message>
        <source>Only source builds need one; the plan installs it.</source>
        <translation>Seuls les builds depuis les sources en ont besoin ; le plan l’installe.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>Installed by a plan that needs it.</source>
        <translation>Installé par un plan qui en a besoin.</translation>
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
        <translation>compilé avec CUDA %1</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (actif)</translation>
    </message>
    <message>
        <source>Its Python version is not known.</source>
        <translation>Sa version de Python est inconnue.</translation>
    </message>
    <message>
        <source>Usable as an existing environment: %1</source>
        <translation>Utilisable comme environnement existant : %1</translation>
    </message>
    <message>
        <source>A new environment brings its own Python (conda) or needs python3 installed (venv).</source>
        <translation>Un nouvel environnement apporte son propre Python (conda) ou demande python3 installé (venv).</translation>
    </message>
    <message>
        <source>Problems while detecting</source>
        <translation>Problèmes pendant la détection</translation>
    </message>
    <message>
        <source>This part of detection did not finish; the facts above may be incomplete.</source>
        <translation>Cette partie de la détection n’a pas abouti ; les informations ci-dessus peuvent être incomplètes.</translation>
    </message>
    <message numerus="yes">
        <source>Can create conda environments (%n environment(s) found).</source>
        <translation>
            <numerusform>Peut créer des environnements conda (%n environnement trouvé).</numerusform>
            <numerusform>Peut créer des environnements conda (%n environnements trouvés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Kernel headers</source>
        <translation>En-têtes du noyau</translation>
    </message>
    <message>
        <source>nouveau driver</source>
        <translation>Pilote nouveau</translation>
    </message>
    <message>
        <source>Secure Boot and modules</source>
        <translation>Secure Boot et modules</translation>
    </message>
    <message>
        <source>CUDA on PATH</source>
        <translation>CUDA dans le PATH</translation>
    </message>
    <message>
        <source>Host problem</source>
        <translation>Problème de la machine</translation>
    </message>
    <message>
        <source>Level Zero loader</source>
        <translation>Chargeur Level Zero</translation>
    </message>
    <message>
        <source>Level Zero GPU driver</source>
        <translation>Pilote GPU Level Zero</translation>
    </message>
    <message>
        <source>Intel OpenCL</source>
        <translation>Intel OpenCL</translation>
    </message>
    <message>
        <source>Level Zero can reach it (PyTorch&apos;s XPU build); dlstack plans NVIDIA and AMD stacks only.</source>
        <translation>Level Zero peut l’atteindre (la build XPU de PyTorch) ; dlstack ne planifie que des piles NVIDIA et AMD.</translation>
    </message>
    <message>
        <source>Intel&apos;s compute runtime (libze_intel_gpu.so.1) is missing: install libze-intel-gpu1 or intel-level-zero-gpu for PyTorch&apos;s XPU build; dlstack plans NVIDIA and AMD stacks only.</source>
        <translation>Le runtime de calcul d’Intel (libze_intel_gpu.so.1) est absent : installez libze-intel-gpu1 ou intel-level-zero-gpu pour la build XPU de PyTorch ; dlstack ne planifie que des piles NVIDIA et AMD.</translation>
    </message>
    <message>
        <source>Usable for builds, no GPU to run on: this machine has no NVIDIA GPU.</source>
        <translation>Utilisable pour les builds, aucun GPU pour l’exécution : cette machine n’a pas de GPU NVIDIA.</translation>
    </message>
    <message>
        <source>Usable for builds, no GPU to run on: this machine has no AMD GPU.</source>
        <translation>Utilisable pour les builds, aucun GPU pour l’exécution : cette machine n’a pas de GPU AMD.</translation>
    </message>
    <message>
        <source>Not usable as an existing environment: %1</source>
        <translation>Inutilisable comme environnement existant : %1</translation>
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
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Activation command</source>
        <translation>Commande d’activation</translation>
    </message>
    <message>
        <source>Check command</source>
        <translation>Commande de vérification</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the activation command</source>
        <translation>Copier la commande d’activation</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the check command</source>
        <translation>Copier la commande de vérification</translation>
    </message>
    <message>
        <source>&amp;Activate the environment in a terminal:</source>
        <translation>&amp;Activez l’environnement dans un terminal :</translation>
    </message>
    <message>
        <source>&amp;Then check that PyTorch works:</source>
        <translation>P&amp;uis vérifiez que PyTorch fonctionne :</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 est installé.</translation>
    </message>
    <message>
        <source>%1 is planned but was not installed by this wizard. Once it is, use it like this:</source>
        <translation>%1 est prévu mais n’a pas été installé par cet assistant. Une fois installé, utilisez-le ainsi :</translation>
    </message>
    <message>
        <source>Open the &amp;log…</source>
        <translation>Ouvrir le &amp;journal…</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <source>Open the install log in the log inspector</source>
        <translation>Ouvrir le journal d’installation dans l’inspecteur de journaux</translation>
    </message>
    <message>
        <source>&amp;Verification on this machine:</source>
        <translation>&amp;Vérification sur cette machine :</translation>
    </message>
    <message>
        <source>No verification output was recorded.</source>
        <translation>Aucune sortie de vérification n’a été enregistrée.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; ran to the end.</source>
        <translation>Le plan « %1 » s’est exécuté jusqu’au bout.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has not finished.</source>
        <translation>Le plan « %1 » n’est pas terminé.</translation>
    </message>
    <message>
        <source>How to use what was installed.</source>
        <translation>Comment utiliser ce qui a été installé.</translation>
    </message>
    <message>
        <source>Everything is installed. Activate the environment to use it.</source>
        <translation>Tout est installé. Activez l’environnement pour l’utiliser.</translation>
    </message>
    <message>
        <source>The install has not finished. What is done stays; install again to go on.</source>
        <translation>L’installation n’est pas terminée. Ce qui est fait reste ; relancez l’installation pour continuer.</translation>
    </message>
    <message>
        <source>torch is installed from its source tree %1; after an edit there, &quot;dlstack rebuild %2&quot; compiles only what changed.</source>
        <translation>torch est installé depuis son arbre source %1 ; après une modification, « dlstack rebuild %2 » ne compile que ce qui a changé.</translation>
    </message>
</context>
<context>
    <name>GpuArchRule</name>
    <message>
        <source>pick the %1 wheels of torch %2 (they cover %3)</source>
        <translation>choisir les wheels %1 de torch %2 (elles couvrent %3)</translation>
    </message>
    <message>
        <source>pick torch %1 with the %2 wheels</source>
        <translation>choisir torch %1 avec les wheels %2</translation>
    </message>
    <message>
        <source>The compute capability of %1 is not known, so dlstack cannot tell whether the kernels cover it.</source>
        <translation>La compute capability de %1 n’est pas connue ; dlstack ne peut donc pas dire si les noyaux la couvrent.</translation>
    </message>
    <message>
        <source>Look it up on https://developer.nvidia.com/cuda-gpus, or run the check on that machine with a working driver.</source>
        <translation>Consultez https://developer.nvidia.com/cuda-gpus, ou lancez la vérification sur cette machine avec un pilote fonctionnel.</translation>
    </message>
    <message>
        <source>No CUDA toolkit in the matrix targets %1.</source>
        <translation>Aucun toolkit CUDA de la matrice ne cible %1.</translation>
    </message>
    <message>
        <source>Pick CUDA %1, which targets %2.</source>
        <translation>Choisissez CUDA %1, qui cible %2.</translation>
    </message>
    <message>
        <source>CUDA %1 cannot compile for %2 (%3); its oldest target is %4.</source>
        <translation>CUDA %1 ne peut pas compiler pour %2 (%3) ; sa cible la plus ancienne est %4.</translation>
    </message>
    <message>
        <source>CUDA %1 cannot compile for %2 (%3); its newest target is %4.</source>
        <translation>CUDA %1 ne peut pas compiler pour %2 (%3) ; sa cible la plus récente est %4.</translation>
    </message>
    <message>
        <source>CUDA %1 deprecates %2; the next major CUDA drops it.</source>
        <translation>CUDA %1 déprécie %2 ; la prochaine version majeure de CUDA l’abandonne.</translation>
    </message>
    <message>
        <source>The chosen arch list (%1) has no code for %2 (%3).</source>
        <translation>La liste d’architectures choisie (%1) n’a pas de code pour %2 (%3).</translation>
    </message>
    <message>
        <source>Add %1 to TORCH_CUDA_ARCH_LIST.</source>
        <translation>Ajoutez %1 à TORCH_CUDA_ARCH_LIST.</translation>
    </message>
    <message>
        <source>To fix it, %1.</source>
        <translation>Pour corriger : %1.</translation>
    </message>
    <message>
        <source>Or build from source with CUDA %1 and TORCH_CUDA_ARCH_LIST=%2.</source>
        <translation>Ou compilez depuis les sources avec CUDA %1 et TORCH_CUDA_ARCH_LIST=%2.</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have no native kernels for %3 (%4); they run by JIT-compiling PTX, which makes the first start slow and may miss kernels.</source>
        <translation>Les wheels torch %1 %2 n’ont pas de noyaux natifs pour %3 (%4) ; elles fonctionnent en compilant le PTX à la volée (JIT), ce qui ralentit le premier démarrage et peut manquer des noyaux.</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have kernels for %3, not for %4 (%5): PyTorch would fail with &quot;no kernel image is available for execution on the device&quot;.</source>
        <translation>Les wheels torch %1 %2 ont des noyaux pour %3, pas pour %4 (%5) : PyTorch échouerait avec « no kernel image is available for execution on the device ».</translation>
    </message>
    <message>
        <source>This arch list is not confirmed against the published wheels, so this is a warning: check with torch.cuda.get_arch_list() after installing.</source>
        <translation>Cette liste d’architectures n’est pas confirmée sur les wheels publiées, c’est donc un avertissement : vérifiez avec torch.cuda.get_arch_list() après l’installation.</translation>
    </message>
</context>
<context>
    <name>HazardsRule</name>
    <message>
        <source>The open-source nouveau driver is loaded; the NVIDIA driver cannot be installed while it holds the GPU.</source>
        <translation>Le pilote libre nouveau est chargé ; le pilote NVIDIA ne peut pas être installé tant qu’il occupe le GPU.</translation>
    </message>
    <message>
        <source>Install the driver from your distribution&apos;s packages (they blacklist nouveau), or blacklist it, run sudo update-initramfs -u and reboot.</source>
        <translation>Installez le pilote depuis les paquets de votre distribution (ils mettent nouveau en liste noire), ou mettez-le en liste noire, lancez sudo update-initramfs -u et redémarrez.</translation>
    </message>
    <message>
        <source>Secure Boot is on: a newly built NVIDIA kernel module must be signed, or it will not load.</source>
        <translation>Secure Boot est activé : un module noyau NVIDIA nouvellement compilé doit être signé, sinon il ne sera pas chargé.</translation>
    </message>
    <message>
        <source>Use your distribution&apos;s driver packages and enrol the MOK key when asked at the next boot, or disable Secure Boot.</source>
        <translation>Utilisez les paquets de pilote de votre distribution et enregistrez la clé MOK lorsque c’est demandé au prochain démarrage, ou désactivez Secure Boot.</translation>
    </message>
    <message>
        <source>The headers of the running kernel are missing; DKMS cannot build the NVIDIA module without them.</source>
        <translation>Les en-têtes du noyau en cours d’exécution sont absents ; DKMS ne peut pas compiler le module NVIDIA sans eux.</translation>
    </message>
    <message>
        <source>sudo apt install linux-headers-$(uname -r) (or your distribution&apos;s kernel-devel package) before installing the driver.</source>
        <translation>sudo apt install linux-headers-$(uname -r) (ou le paquet kernel-devel de votre distribution) avant d’installer le pilote.</translation>
    </message>
    <message>
        <source>The NVIDIA driver was installed both from packages and by a runfile; upgrades then leave mismatched libraries (&quot;Driver/library version mismatch&quot;).</source>
        <translation>Le pilote NVIDIA a été installé à la fois depuis des paquets et par un runfile ; les mises à jour laissent alors des bibliothèques incohérentes (« Driver/library version mismatch »).</translation>
    </message>
    <message>
        <source>Remove the runfile driver (sudo nvidia-uninstall) and keep the packaged one.</source>
        <translation>Supprimez le pilote du runfile (sudo nvidia-uninstall) et gardez celui des paquets.</translation>
    </message>
    <message>
        <source>CUDA toolkits were installed both from packages and by runfiles; the build may pick up headers and libraries of different versions.</source>
        <translation>Des toolkits CUDA ont été installés à la fois depuis des paquets et par des runfiles ; la build peut utiliser des en-têtes et des bibliothèques de versions différentes.</translation>
    </message>
    <message>
        <source>dlstack&apos;s plan sets CUDA_HOME explicitly; remove the toolkit you do not need to be safe.</source>
        <translation>Le plan de dlstack définit CUDA_HOME explicitement ; par sécurité, supprimez le toolkit dont vous n’avez pas besoin.</translation>
    </message>
    <message>
        <source>Several CUDA toolkits are on PATH; the build could mix their nvcc and libraries.</source>
        <translation>Plusieurs toolkits CUDA sont dans le PATH ; la build pourrait mélanger leurs nvcc et leurs bibliothèques.</translation>
    </message>
    <message>
        <source>dlstack&apos;s plan sets CUDA_HOME and PATH for the build; in your shell, keep only one toolkit on PATH.</source>
        <translation>Le plan de dlstack définit CUDA_HOME et PATH pour la build ; dans votre shell, ne gardez qu’un seul toolkit dans le PATH.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>The number of CPU cores could not be read from /proc/cpuinfo.</source>
        <translation>Le nombre de cœurs CPU n’a pas pu être lu dans /proc/cpuinfo.</translation>
    </message>
    <message>
        <source>The memory size could not be read from /proc/meminfo.</source>
        <translation>La taille de la mémoire n’a pas pu être lue dans /proc/meminfo.</translation>
    </message>
    <message>
        <source>The free space at %1 could not be measured.</source>
        <translation>L’espace libre à %1 n’a pas pu être mesuré.</translation>
    </message>
    <message>
        <source>Neither /etc/os-release nor /usr/lib/os-release could be read.</source>
        <translation>Ni /etc/os-release ni /usr/lib/os-release n’ont pu être lus.</translation>
    </message>
    <message>
        <source>The open-source nouveau driver is loaded; the NVIDIA driver cannot be installed while it is. Blacklist nouveau and reboot first.</source>
        <translation>Le pilote libre nouveau est chargé ; le pilote NVIDIA ne peut pas être installé tant qu’il l’est. Mettez d’abord nouveau en liste noire et redémarrez.</translation>
    </message>
    <message>
        <source>Secure Boot is on: an NVIDIA kernel module that is not signed with an enrolled key will be refused at load time.</source>
        <translation>Secure Boot est activé : un module noyau NVIDIA qui n’est pas signé avec une clé enregistrée sera refusé au chargement.</translation>
    </message>
    <message>
        <source>No kernel headers for the running kernel %1: a driver install cannot build its module. Install linux-headers-%1.</source>
        <translation>Aucun en-tête pour le noyau en cours d’exécution %1 : l’installation d’un pilote ne peut pas compiler son module. Installez linux-headers-%1.</translation>
    </message>
    <message>
        <source>Several CUDA toolkits are on PATH / LD_LIBRARY_PATH (%1): builds may mix nvcc and libraries of different versions.</source>
        <translation>Plusieurs toolkits CUDA sont dans PATH / LD_LIBRARY_PATH (%1) : les builds peuvent mélanger nvcc et des bibliothèques de versions différentes.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Print the profile as JSON.</source>
        <translation>Afficher le profil en JSON.</translation>
    </message>
    <message>
        <source>Text files to read; - reads standard input.</source>
        <translation>Fichiers texte à lire ; - lit l’entrée standard.</translation>
    </message>
    <message>
        <source>Name at least one file to import (or - for standard input).</source>
        <translation>Indiquez au moins un fichier à importer (ou - pour l’entrée standard).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not a format dlstack knows. It reads the output of collect_env, nvidia-smi, nvcc, rocminfo, conda info and the other tools listed in `dlstack import --help`.</source>
        <translation>%1 : format inconnu de dlstack. Il lit la sortie de collect_env, nvidia-smi, nvcc, rocminfo, conda info et des autres outils listés dans `dlstack import --help`.</translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation>%1 : lu comme %2</translation>
    </message>
    <message>
        <source>%1: longer than %2 MiB, and its first %2 MiB are in no format dlstack knows (a JSON text cut short cannot be read at all). Import a shorter excerpt.</source>
        <translation>%1 : plus long que %2 Mio, et ses %2 premiers Mio ne sont dans aucun format connu de dlstack (un texte JSON tronqué ne se lit pas du tout). Importez un extrait plus court.</translation>
    </message>
    <message>
        <source>Builds a profile of another machine from text its owner sent: python -m torch.utils.collect_env (and vLLM&apos;s and SGLang&apos;s reports), nvidia-smi (table, csv, -q, -q -x), /proc/driver/nvidia/version, lspci, nvcc --version, rocminfo, rocm-smi (table, -i, --json), amd-smi static, ROCm&apos;s .info/version, hipcc --version, sycl-ls, clinfo -l, xpu-smi (summary, discovery), conda info (plain or --json), conda env list, environments.txt, cudnn_version.h, gcc --version, cmake --version, /etc/os-release. A file may hold several of them one after another.</source>
        <translation>Construit le profil d&apos;une autre machine à partir du texte envoyé par son propriétaire : python -m torch.utils.collect_env (et les rapports de vLLM et de SGLang), nvidia-smi (tableau, csv, -q, -q -x), /proc/driver/nvidia/version, lspci, nvcc --version, rocminfo, rocm-smi (tableau, -i, --json), amd-smi static, .info/version de ROCm, hipcc --version, sycl-ls, clinfo -l, xpu-smi (summary, discovery), conda info (simple ou --json), conda env list, environments.txt, cudnn_version.h, gcc --version, cmake --version, /etc/os-release. Un fichier peut en contenir plusieurs à la suite.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>any GPU</source>
        <translation>un GPU</translation>
    </message>
    <message>
        <source>the driver version</source>
        <translation>la version du pilote</translation>
    </message>
    <message>
        <source>all %1 attached GPUs (it lists %2)</source>
        <translation>les %1 GPU connectés (il en liste %2)</translation>
    </message>
    <message>
        <source>the PyTorch version</source>
        <translation>la version de PyTorch</translation>
    </message>
    <message>
        <source>the CUDA release</source>
        <translation>la version de CUDA</translation>
    </message>
    <message>
        <source>conda&apos;s version</source>
        <translation>la version de conda</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>lignes %1-%2</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Cancel install</source>
        <translation>&amp;Annuler l’installation</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Each stage can be rolled back on its own. The log shows every line of output.</source>
        <translation>Chaque étape peut être annulée séparément. Le journal montre chaque ligne de sortie.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Install stages</source>
        <translation>Étapes de l’installation</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Install log</source>
        <translation>Journal d’installation</translation>
    </message>
    <message>
        <source>Install status</source>
        <translation>État de l’installation</translation>
    </message>
    <message>
        <source>Start the install</source>
        <translation>Démarrer l’installation</translation>
    </message>
    <message>
        <source>Cancel the install</source>
        <translation>Annuler l’installation</translation>
    </message>
    <message>
        <source>This build of dlstack cannot run installs yet.</source>
        <translation>Cette build de dlstack ne peut pas encore exécuter d’installations.</translation>
    </message>
    <message>
        <source>This build cannot run the install itself yet. Go on to see the activation command; run the stages above by hand or with the dlstack command line.</source>
        <translation>Cette build ne peut pas encore exécuter l’installation elle-même. Continuez pour voir la commande d’activation ; exécutez les étapes ci-dessus à la main ou avec la ligne de commande dlstack.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Installed. Go on to see how to use it.</source>
        <translation>Installé. Continuez pour voir comment l’utiliser.</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Ro&amp;ll back stage…</source>
        <translation>A&amp;nnuler l’étape…</translation>
    </message>
    <message>
        <source>Install messages</source>
        <translation>Messages d’installation</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Roll back the selected stage</source>
        <translation>Annuler l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Removes what the selected stage created and restores what it changed.</source>
        <translation>Supprime ce que l’étape sélectionnée a créé et restaure ce qu’elle a modifié.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>A build started earlier is still running; showing it.</source>
        <translation>Une compilation lancée plus tôt est toujours en cours ; elle est affichée.</translation>
    </message>
    <message>
        <source>No plan could be made for these choices; go back and change them.</source>
        <translation>Aucun plan n’a pu être établi pour ces choix ; revenez en arrière pour les modifier.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>An earlier run into this folder stopped part-way. Resume goes on from there (finished stages are kept); a stage can also be rolled back.</source>
        <translation>Une exécution précédente dans ce dossier s’est arrêtée en cours de route. Reprendre continue à partir de là (les étapes terminées sont conservées) ; une étape peut aussi être annulée.</translation>
    </message>
    <message>
        <source>Press Start to begin. You can cancel at any time and resume later.</source>
        <translation>Appuyez sur Démarrer. Vous pouvez annuler à tout moment et reprendre plus tard.</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>annulée</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>environ %n heure restante</numerusform>
            <numerusform>environ %n heures restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>The stage was rolled back.</source>
        <translation>L’étape a été annulée.</translation>
    </message>
    <message>
        <source>The rollback did not finish: %1 Try it again; it continues where it stopped.</source>
        <translation>L’annulation n’a pas abouti : %1 Réessayez ; elle reprend là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Roll back &quot;%1&quot;?</source>
        <translation>Annuler « %1 » ?</translation>
    </message>
    <message>
        <source>The journal records nothing this stage left behind.</source>
        <translation>Le journal n’indique rien que cette étape ait laissé.</translation>
    </message>
    <message>
        <source>This will:</source>
        <translation>Cela va :</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll back a stage</source>
        <translation>Annuler une étape</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Pause or continue the install</source>
        <translation>Mettre en pause ou poursuivre l’installation</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>P&amp;oursuivre</translation>
    </message>
    <message>
        <source>Paused: the running program is stopped and no new step starts.</source>
        <translation>En pause : le programme en cours est arrêté et aucune nouvelle étape ne commence.</translation>
    </message>
    <message>
        <source>Stops the running program or download until you continue.</source>
        <translation>Arrête le programme ou le téléchargement en cours jusqu’à ce que vous continuiez.</translation>
    </message>
    <message>
        <source>no progress for a while</source>
        <translation>aucune progression depuis un moment</translation>
    </message>
    <message>
        <source>Cancelled. Resume goes on from where it stopped; finished stages are kept.</source>
        <translation>Annulé. « Reprendre » continue là où l’installation s’est arrêtée ; les étapes terminées sont conservées.</translation>
    </message>
    <message>
        <source>“%1” failed: the log shows the line, the panel below it why. Fix it and press Resume; finished stages are kept.</source>
        <translation>« %1 » a échoué : le journal montre la ligne, le panneau en dessous la raison. Corrigez le problème et cliquez sur « Reprendre » ; les étapes terminées sont conservées.</translation>
    </message>
    <message>
        <source>The install stopped. Press Resume to go on; finished stages are kept.</source>
        <translation>L’installation s’est arrêtée. Cliquez sur « Reprendre » pour continuer ; les étapes terminées sont conservées.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>InstallWizard</name>
    <message>
        <source>dlstack — set up a deep-learning stack</source>
        <translation>dlstack — installer une pile de deep learning</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>A build is running</source>
        <translation>Une compilation est en cours</translation>
    </message>
    <message>
        <source>The install is still running. It can keep running without this window: open dlstack again to see it, or to resume or roll back once it has stopped.</source>
        <translation>L’installation est toujours en cours. Elle peut continuer sans cette fenêtre : rouvrez dlstack pour la voir, ou pour la reprendre ou l’annuler une fois arrêtée.</translation>
    </message>
    <message>
        <source>&amp;Keep building in the background</source>
        <translation>&amp;Continuer en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Stop the build</source>
        <translation>&amp;Arrêter la compilation</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pile</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>LogInspector</name>
    <message>
        <source>Search the log</source>
        <comment>placeholder of the log search field</comment>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Errors and warnings only</source>
        <translation>Erreurs et avertissements uniquement</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Jump to root cause</source>
        <translation>Aller à la cause</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <comment>status after indexing</comment>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucune correspondance</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 lignes affichées sur %2</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <comment>diagnosis list entry</comment>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>No known cause of failure was found in this log.</source>
        <translation>Aucune cause d’échec connue n’a été trouvée dans ce journal.</translation>
    </message>
    <message>
        <source>Unpacking %1…</source>
        <translation>Décompression de %1…</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrage…</translation>
    </message>
    <message>
        <source>Looking for the cause of the failure…</source>
        <translation>Recherche de la cause de l’échec…</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Rule %1, line %2</source>
        <translation>Règle %1, ligne %2</translation>
    </message>
    <message>
        <source>Why: %1
What to do: %2
</source>
        <translation>Pourquoi : %1
Que faire : %2
</translation>
    </message>
    <message>
        <source>The diagnosis follows the build&apos;s output.</source>
        <translation>Le diagnostic suit la sortie de la compilation.</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Suivi de %1</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Ligne %1 :</translation>
    </message>
</context>
<context>
    <name>LogInspectorWindow</name>
    <message>
        <source>dlstack log inspector</source>
        <translation>Inspecteur de journaux dlstack</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open log…</source>
        <translation>&amp;Ouvrir un journal…</translation>
    </message>
    <message>
        <source>Open a build log</source>
        <translation>Ouvrir un journal de build</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.gz *.xz);;All files (*)</source>
        <translation>Journaux (*.log *.txt *.gz *.xz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>%1 — dlstack log inspector</source>
        <translation>%1 — inspecteur de journaux dlstack</translation>
    </message>
</context>
<context>
    <name>LogReader</name>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>Standard input is a device, not a log.</source>
        <translation>L’entrée standard est un périphérique, pas un journal.</translation>
    </message>
    <message>
        <source>Redirect a log file or a program&apos;s output to dlstack instead.</source>
        <translation>Redirigez plutôt un fichier journal ou la sortie d’un programme vers dlstack.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a log.</source>
        <translation>%1 est un dossier, pas un journal.</translation>
    </message>
    <message>
        <source>Name the log file inside it.</source>
        <translation>Indiquez le fichier journal qu’il contient.</translation>
    </message>
    <message>
        <source>%1 is a device, not a log; reading it might never end.</source>
        <translation>%1 est un périphérique, pas un journal ; sa lecture pourrait ne jamais finir.</translation>
    </message>
    <message>
        <source>Save the output to a file first, or pipe it into `dlstack diagnose -`.</source>
        <translation>Enregistrez d’abord la sortie dans un fichier, ou envoyez-la dans `dlstack diagnose -`.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Check the file name and that you may read the file.</source>
        <translation>Vérifiez le nom du fichier et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>No program wrote to the FIFO %1 within %2 s.</source>
        <translation>Aucun programme n’a écrit dans le FIFO %1 en %2 s.</translation>
    </message>
    <message>
        <source>Start the program that writes the log into the FIFO, or pass a saved log file.</source>
        <translation>Lancez le programme qui écrit le journal dans le FIFO, ou indiquez un fichier journal enregistré.</translation>
    </message>
    <message>
        <source>Stopped reading %1: nothing new came for %2 s while the writer kept it open. The lines read so far were diagnosed.</source>
        <translation>Lecture de %1 arrêtée : rien de nouveau pendant %2 s alors que le programme qui écrit le gardait ouvert. Les lignes lues jusqu’ici ont été diagnostiquées.</translation>
    </message>
    <message>
        <source>Pass --idle-timeout 0 to wait until the writer closes it.</source>
        <translation>Indiquez --idle-timeout 0 pour attendre que le programme qui écrit le ferme.</translation>
    </message>
    <message>
        <source>Reading %1 was interrupted; the lines read so far were diagnosed.</source>
        <translation>La lecture de %1 a été interrompue ; les lignes lues jusqu’ici ont été diagnostiquées.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Build log</source>
        <translation>Journal de build</translation>
    </message>
</context>
<context>
    <name>MatrixBundle</name>
    <message>
        <source>The matrix bundle is refused: %1</source>
        <translation>Le bundle de matrice est refusé : %1</translation>
    </message>
    <message>
        <source>The version data in use is unchanged. Get a complete bundle made for this dlstack (docs/matrix-format.md, &quot;Matrix bundles&quot;).</source>
        <translation>Les données de version utilisées restent inchangées. Procurez-vous un bundle complet fait pour cette version de dlstack (docs/matrix-format.md, « Matrix bundles »).</translation>
    </message>
    <message>
        <source>installed bundle %1 from %2 (sha256 %3)</source>
        <translation>bundle installé %1 depuis %2 (sha256 %3)</translation>
    </message>
    <message>
        <source>built-in version %1</source>
        <translation>version intégrée %1</translation>
    </message>
    <message>
        <source>%1: %2: %3: %4</source>
        <translation>%1 : %2 : %3 : %4</translation>
    </message>
    <message>
        <source>file %1, record %2, field %3</source>
        <translation>fichier %1, enregistrement %2, champ %3</translation>
    </message>
    <message>
        <source>CUDA %1 (variant %2) is not a toolkit of cuda.json</source>
        <translation>CUDA %1 (variante %2) n’est pas un toolkit de cuda.json</translation>
    </message>
    <message>
        <source>ROCm %1 (variant %2) is not a release of rocm.json</source>
        <translation>ROCm %1 (variante %2) n’est pas une version de rocm.json</translation>
    </message>
    <message>
        <source>it is not complete JSON (%1 at line %2, column %3 of %4 bytes); it may have been cut short while downloading</source>
        <translation>ce n’est pas du JSON complet (%1 à la ligne %2, colonne %3 sur %4 octets) ; il a peut-être été tronqué pendant le téléchargement</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is not &quot;%1&quot;; this is not a dlstack matrix bundle</source>
        <translation>le champ « format » n’est pas « %1 » ; ce n’est pas un bundle de matrice dlstack</translation>
    </message>
    <message>
        <source>field &quot;schema&quot; is missing or not a number</source>
        <translation>le champ « schema » manque ou n’est pas un nombre</translation>
    </message>
    <message>
        <source>it has schema %1, this dlstack reads schema %2; a newer dlstack is needed</source>
        <translation>il a le schéma %1, cette version de dlstack lit le schéma %2 ; une version plus récente de dlstack est nécessaire</translation>
    </message>
    <message>
        <source>schema %1 is not known to this dlstack (it reads schema %2)</source>
        <translation>le schéma %1 est inconnu de cette version de dlstack (elle lit le schéma %2)</translation>
    </message>
    <message>
        <source>field &quot;data_version&quot; must be a date like 2026-12-31</source>
        <translation>le champ « data_version » doit être une date comme 2026-12-31</translation>
    </message>
    <message>
        <source>files.%1: not a file of the version matrix (%2)</source>
        <translation>files.%1 : pas un fichier de la matrice des versions (%2)</translation>
    </message>
    <message>
        <source>files.%1: missing or not an object</source>
        <translation>files.%1 : manquant ou pas un objet</translation>
    </message>
    <message>
        <source>its sha256 is %1, not the pinned %2</source>
        <translation>son sha256 est %1, pas le %2 imposé</translation>
    </message>
    <message>
        <source>its data version %1 is not newer than the built-in data (version %2)</source>
        <translation>sa version de données %1 n’est pas plus récente que les données intégrées (version %2)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>Cannot write the matrix bundle to %1: %2</source>
        <translation>Impossible d’écrire le bundle de matrice dans %1 : %2</translation>
    </message>
    <message>
        <source>The version data in use is unchanged.</source>
        <translation>Les données de version utilisées restent inchangées.</translation>
    </message>
    <message>
        <source>Cannot remove the matrix bundle %1: %2</source>
        <translation>Impossible de supprimer le bundle de matrice %1 : %2</translation>
    </message>
    <message>
        <source>The installed bundle %1 is not used: %2</source>
        <translation>Le bundle installé %1 n’est pas utilisé : %2</translation>
    </message>
    <message>
        <source>The installed bundle %1 (version %2) is not newer than the built-in data; it is not used.</source>
        <translation>Le bundle installé %1 (version %2) n’est pas plus récent que les données intégrées ; il n’est pas utilisé.</translation>
    </message>
    <message>
        <source>The replaced bundle could not be kept, so --revert goes back to the built-in data: %1</source>
        <translation>Le paquet remplacé n&apos;a pas pu être conservé, donc --revert revient aux données intégrées : %1</translation>
    </message>
</context>
<context>
    <name>MatrixCommand</name>
    <message>
        <source> (experimental: %1)</source>
        <translation> (expérimental : %1)</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>arch %1</source>
        <translation>arch %1</translation>
    </message>
    <message>
        <source>gfx %1</source>
        <translation>gfx %1</translation>
    </message>
    <message>
        <source>source build: gcc &gt;= %1, C++%2, CMake &gt;= %3%4</source>
        <translation>compilation depuis les sources : gcc &gt;= %1, C++%2, CMake &gt;= %3%4</translation>
    </message>
    <message>
        <source>(no minimum)</source>
        <translation>(pas de minimum)</translation>
    </message>
    <message>
        <source>not confirmed: %1</source>
        <translation>non confirmé : %1</translation>
    </message>
    <message>
        <source>Lists the tested PyTorch releases with their CUDA/ROCm/CPU wheels, Python range, companions and source-build requirements. * marks the variant plain `pip install torch` gets.</source>
        <translation>Liste les versions testées de PyTorch avec leurs wheels CUDA/ROCm/CPU, la plage de Python, les paquets compagnons et les exigences de compilation depuis les sources. * marque la variante qu’obtient un simple `pip install torch`.</translation>
    </message>
    <message>
        <source>Only this release (&quot;2.4&quot; means the newest 2.4.x).</source>
        <translation>Uniquement cette version (« 2.4 » signifie la plus récente 2.4.x).</translation>
    </message>
    <message>
        <source>Print the records as JSON (docs/matrix-format.md).</source>
        <translation>Afficher les enregistrements en JSON (docs/matrix-format.md).</translation>
    </message>
    <message>
        <source>matrix takes no arguments; use --torch V.</source>
        <translation>matrix n’accepte pas d’arguments ; utilisez --torch V.</translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix (%2 to %3).</source>
        <translation>PyTorch %1 ne figure pas dans la matrice testée (%2 à %3).</translation>
    </message>
    <message>
        <source>Cannot read the matrix bundle %1: %2</source>
        <translation>Impossible de lire le bundle de matrice %1 : %2</translation>
    </message>
    <message>
        <source>The version data in use is unchanged.</source>
        <translation>Les données de version utilisées restent inchangées.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Impossible de créer un répertoire temporaire : %1</translation>
    </message>
    <message>
        <source>Cannot read the downloaded bundle %1: %2</source>
        <translation>Impossible de lire le bundle téléchargé %1 : %2</translation>
    </message>
    <message>
        <source>Refuse the bundle unless its sha256 is HEX.</source>
        <translation>Refuser le bundle si son sha256 n’est pas HEX.</translation>
    </message>
    <message>
        <source>Print the data now in use as JSON.</source>
        <translation>Afficher en JSON les données désormais utilisées.</translation>
    </message>
    <message>
        <source>The bundle: a path, or an http(s):// or file:// URL.</source>
        <translation>Le bundle : un chemin, ou une URL http(s):// ou file://.</translation>
    </message>
    <message>
        <source>Removed the installed bundle; now using %1.</source>
        <translation>Bundle installé supprimé ; utilise désormais %1.</translation>
    </message>
    <message>
        <source>No bundle was installed; using %1.</source>
        <translation>Aucun bundle n’était installé ; utilise %1.</translation>
    </message>
    <message>
        <source>--sha256 takes 64 hex digits.</source>
        <translation>--sha256 prend 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Installed; now using %1.</source>
        <translation>Installé ; utilise désormais %1.</translation>
    </message>
    <message>
        <source>Say which data is in use: the built-in data or an installed bundle.</source>
        <translation>Indiquer quelles données sont utilisées : les données intégrées ou un bundle installé.</translation>
    </message>
    <message>
        <source>`dlstack matrix update --help`: install a newer bundle.</source>
        <translation>`dlstack matrix update --help` : installer un bundle plus récent.</translation>
    </message>
    <message>
        <source>Version data in use: %1</source>
        <translation>Données de version utilisées : %1</translation>
    </message>
    <message>
        <source>matrix update --revert takes no bundle and no --sha256.</source>
        <translation>matrix update --revert ne prend ni bundle ni --sha256.</translation>
    </message>
    <message>
        <source>matrix update takes one bundle (a file or a URL), or --revert.</source>
        <translation>matrix update prend un bundle (un fichier ou une URL), ou --revert.</translation>
    </message>
    <message>
        <source>Installs a newer version matrix bundle (docs/matrix-format.md) from a file or a URL, after checking it completely; commands then use the newer of the built-in and the installed data. --revert goes back one step: to the bundle installed before, or to the built-in data.</source>
        <translation>Installe un paquet de matrice de versions plus récent (docs/matrix-format.md) depuis un fichier ou une URL, après l&apos;avoir entièrement vérifié ; les commandes utilisent ensuite les plus récentes des données intégrées et installées. --revert revient d&apos;un pas : au paquet installé avant, ou aux données intégrées.</translation>
    </message>
    <message>
        <source>Go back one step: to the bundle installed before, else to the built-in data.</source>
        <translation>Revenir d&apos;un pas : au paquet installé avant, sinon aux données intégrées.</translation>
    </message>
    <message>
        <source>Went back to the bundle installed before; now using %1.</source>
        <translation>Retour au paquet installé avant ; désormais utilisé : %1.</translation>
    </message>
</context>
<context>
    <name>ModulefileExporter</name>
    <message>
        <source>The plan &quot;%1&quot; writes no activation script; a modulefile would have nothing to load.</source>
        <translation>Le plan « %1 » n’écrit aucun script d’activation ; un modulefile n’aurait rien à charger.</translation>
    </message>
    <message>
        <source>Plan with dlstack plan (its activation stage writes &lt;prefix&gt;/activate), or add a write_file step for &quot;activate&quot; to the plan.</source>
        <translation>Planifiez avec dlstack plan (son étape d’activation écrit &lt;prefix&gt;/activate), ou ajoutez au plan un pas write_file pour « activate ».</translation>
    </message>
    <message>
        <source>The dlstack stack in %1 is not installed yet, or is gone: %2 is missing. `dlstack status --prefix %3` says where its install stands.</source>
        <translation>La pile dlstack dans %1 n’est pas encore installée, ou a disparu : %2 est absent. `dlstack status --prefix %3` indique où en est son installation.</translation>
    </message>
</context>
<context>
    <name>NvidiaProbe</name>
    <message>
        <source>nvidia-smi did not answer within %1 seconds; the driver or a GPU may be hung. Check `sudo dmesg | grep -i -e nvrm -e xid`; a reboot usually clears it.</source>
        <translation>nvidia-smi n’a pas répondu en %1 secondes ; le pilote ou un GPU est peut-être bloqué. Vérifiez `sudo dmesg | grep -i -e nvrm -e xid` ; un redémarrage règle généralement le problème.</translation>
    </message>
    <message>
        <source>nvidia-smi failed (exit code %1) and printed no GPU: %2</source>
        <translation>nvidia-smi a échoué (code de sortie %1) et n’a affiché aucun GPU : %2</translation>
    </message>
    <message>
        <source>This looks like a Jetson board: %1 is an L4T release, not a desktop driver version. Use NVIDIA JetPack to install CUDA on it.</source>
        <translation>Cela ressemble à une carte Jetson : %1 est une version L4T, pas une version de pilote de bureau. Utilisez NVIDIA JetPack pour y installer CUDA.</translation>
    </message>
</context>
<context>
    <name>NvidiaSmiParser</name>
    <message>
        <source>nvidia-smi cannot talk to the NVIDIA driver: the kernel module is not loaded. Install the NVIDIA driver (or reinstall it for the running kernel) and reboot; inside a container, start it with the NVIDIA container runtime (--gpus all).</source>
        <translation>nvidia-smi ne peut pas communiquer avec le pilote NVIDIA : le module noyau n’est pas chargé. Installez le pilote NVIDIA (ou réinstallez-le pour le noyau en cours d’exécution) et redémarrez ; dans un conteneur, démarrez-le avec le runtime de conteneur NVIDIA (--gpus all).</translation>
    </message>
    <message>
        <source>nvidia-smi found no NVIDIA GPU. The driver is loaded but did not take the card: check `sudo dmesg | grep -i nvrm` (a driver too old for the GPU, or an open-module requirement) and install a driver that supports this GPU.</source>
        <translation>nvidia-smi n’a trouvé aucun GPU NVIDIA. Le pilote est chargé mais n’a pas pris en charge la carte : vérifiez `sudo dmesg | grep -i nvrm` (un pilote trop ancien pour le GPU, ou une exigence de module ouvert) et installez un pilote qui prend en charge ce GPU.</translation>
    </message>
    <message>
        <source>The NVIDIA driver was updated but the old kernel module is still loaded (driver/library version mismatch). Reboot to load the new driver.</source>
        <translation>Le pilote NVIDIA a été mis à jour mais l’ancien module noyau est toujours chargé (incohérence de version entre pilote et bibliothèque). Redémarrez pour charger le nouveau pilote.</translation>
    </message>
    <message>
        <source>This nvidia-smi is too old to report some fields (such as the compute capability).</source>
        <translation>Ce nvidia-smi est trop ancien pour indiquer certains champs (comme la compute capability).</translation>
    </message>
</context>
<context>
    <name>Nvml</name>
    <message>
        <source>libnvidia-ml.so.1 could not be loaded (%1).</source>
        <translation>Impossible de charger libnvidia-ml.so.1 (%1).</translation>
    </message>
    <message>
        <source>libnvidia-ml.so.1 lacks the functions dlstack needs (a driver older than R418?).</source>
        <translation>Il manque à libnvidia-ml.so.1 des fonctions dont dlstack a besoin (un pilote antérieur à R418 ?).</translation>
    </message>
    <message>
        <source>NVML did not start (error %1): the NVIDIA driver is not loaded or does not match the library.</source>
        <translation>NVML n’a pas démarré (erreur %1) : le pilote NVIDIA n’est pas chargé ou ne correspond pas à la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>OpencvRecipe</name>
    <message>
        <source>OpenCV with CUDA needs a CUDA plan; the opencv-python-headless wheel is installed instead.</source>
        <translation>OpenCV avec CUDA nécessite un plan CUDA ; la wheel opencv-python-headless est installée à la place.</translation>
    </message>
    <message>
        <source>No OpenCV release builds with CUDA %1 (CCCL 3 changes, opencv/opencv_contrib#4120); OpenCV follows its %2 branch, which carries the fixes.</source>
        <translation>Aucune version d&apos;OpenCV ne se compile avec CUDA %1 (changements de CCCL 3, opencv/opencv_contrib#4120) ; OpenCV suit sa branche %2, qui contient les correctifs.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>New &amp;venv</source>
        <translation>Nouveau &amp;venv</translation>
    </message>
    <message>
        <source>New &amp;conda environment</source>
        <translation>Nouvel environnement co&amp;nda</translation>
    </message>
    <message>
        <source>E&amp;xisting environment:</source>
        <translation>Environnement e&amp;xistant :</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Where to install and how. The defaults suit most machines.</source>
        <translation>Où et comment installer. Les valeurs par défaut conviennent à la plupart des machines.</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Dossier d’installation</translation>
    </message>
    <message>
        <source>Free space in the install folder</source>
        <translation>Espace libre dans le dossier d’installation</translation>
    </message>
    <message>
        <source>Existing environment</source>
        <translation>Environnement existant</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Nom de l’environnement</translation>
    </message>
    <message>
        <source>GPU architecture list</source>
        <translation>Liste d’architectures GPU</translation>
    </message>
    <message>
        <source>Parallel compile jobs</source>
        <translation>Tâches de compilation parallèles</translation>
    </message>
    <message>
        <source>Compiler cache</source>
        <translation>Cache du compilateur</translation>
    </message>
    <message>
        <source>Package mirror URL</source>
        <translation>URL du miroir de paquets</translation>
    </message>
    <message>
        <source>Offline package folder</source>
        <translation>Dossier de paquets hors ligne</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Problem with the options</source>
        <translation>Problème avec les options</translation>
    </message>
    <message>
        <source>e.g. 8.6;8.9 — empty: this machine&apos;s GPUs</source>
        <translation>p. ex. 8.6;8.9 — vide : les GPU de cette machine</translation>
    </message>
    <message>
        <source>e.g. https://mirror.example.org/pypi/simple</source>
        <translation>p. ex. https://mirror.example.org/pypi/simple</translation>
    </message>
    <message>
        <source>e.g. http://proxy.example.org:3128</source>
        <translation>p. ex. http://proxy.example.org:3128</translation>
    </message>
    <message>
        <source>environment name</source>
        <translation>nom de l’environnement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>Choose the install folder</source>
        <translation>Choisir le dossier d’installation</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the offline package folder</source>
        <translation>Choisir le dossier de paquets hors ligne</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>NVIDIA Apex is built from source against the installed PyTorch.</source>
        <translation>NVIDIA Apex est compilé depuis les sources avec le PyTorch installé.</translation>
    </message>
    <message>
        <source>Source build</source>
        <translation>Compilation depuis les sources</translation>
    </message>
    <message>
        <source>&amp;Arch list:</source>
        <translation>&amp;Liste d’architectures :</translation>
    </message>
    <message>
        <source>MAX_&amp;JOBS:</source>
        <translation>MAX_&amp;JOBS :</translation>
    </message>
    <message>
        <source>Compiler cac&amp;he:</source>
        <translation>&amp;Cache du compilateur :</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>Mi&amp;roir :</translation>
    </message>
    <message>
        <source>Off&amp;line folder:</source>
        <translation>Dossier hors li&amp;gne :</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Prox&amp;y :</translation>
    </message>
    <message>
        <source>Install &amp;folder:</source>
        <translation>&amp;Dossier d’installation :</translation>
    </message>
    <message>
        <source>No venv or conda environment was found.</source>
        <translation>Aucun environnement venv ou conda n’a été trouvé.</translation>
    </message>
    <message>
        <source>Free space: unknown.</source>
        <translation>Espace libre : inconnu.</translation>
    </message>
    <message>
        <source>Choose an install folder with a full path, such as %1.</source>
        <translation>Choisissez un dossier d’installation avec un chemin complet, comme %1.</translation>
    </message>
    <message>
        <source>%1 has only %2 MiB free; this install needs about %3 MiB.</source>
        <translation>%1 n’a que %2 Mio libres ; cette installation nécessite environ %3 Mio.</translation>
    </message>
    <message>
        <source>Give the new environment a name.</source>
        <translation>Donnez un nom au nouvel environnement.</translation>
    </message>
    <message>
        <source>distcc hosts</source>
        <translation>hôtes distcc</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5/16 10.0.0.6/16 — empty: ~/.distcc/hosts</source>
        <translation>p. ex. 10.0.0.5/16 10.0.0.6/16 — vide : ~/.distcc/hosts</translation>
    </message>
    <message>
        <source>distcc hos&amp;ts:</source>
        <translation>&amp;Hôtes distcc :</translation>
    </message>
    <message>
        <source>The opencv-python-headless wheel; with a CUDA source build, OpenCV is built with CUDA too.</source>
        <translation>Le wheel opencv-python-headless ; avec une compilation CUDA depuis les sources, OpenCV est aussi compilé avec CUDA.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Planning for %1: where the plan installs on that machine, and how.</source>
        <translation>Planification pour %1 : où et comment le plan installe sur cette machine-là.</translation>
    </message>
    <message>
        <source>Loo&amp;k in a folder…</source>
        <translation>&amp;Trouver dans un dossier…</translation>
    </message>
    <message>
        <source>Choose the folder of an existing environment</source>
        <translation>Choisir le dossier d’un environnement existant</translation>
    </message>
    <message>
        <source>A venv or conda environment that was not found on its own.</source>
        <translation>Un environnement venv ou conda qui n’a pas été trouvé automatiquement.</translation>
    </message>
    <message>
        <source>Folder of an existing environment</source>
        <translation>Dossier d’un environnement existant</translation>
    </message>
    <message>
        <source>chosen on the Options page</source>
        <translation>choisi sur la page « Options »</translation>
    </message>
    <message>
        <source>%1 free; the space needed is known once these choices make a plan.</source>
        <translation>%1 libres ; l’espace nécessaire sera connu quand ces choix donneront un plan.</translation>
    </message>
    <message>
        <source>%1 free; about %2 needed.</source>
        <translation>%1 libres ; environ %2 nécessaires.</translation>
    </message>
    <message>
        <source>Only %1 free; about %2 needed. Choose another folder or free some space.</source>
        <translation>Seulement %1 libres ; environ %2 nécessaires. Choisissez un autre dossier ou libérez de l’espace.</translation>
    </message>
    <message>
        <source>Why no existing environment can be chosen</source>
        <translation>Pourquoi aucun environnement existant ne peut être choisi</translation>
    </message>
    <message>
        <source>Why apex cannot be chosen</source>
        <translation>Pourquoi apex ne peut pas être choisi</translation>
    </message>
    <message>
        <source>Why the source build options are off</source>
        <translation>Pourquoi les options de compilation depuis les sources sont désactivées</translation>
    </message>
    <message>
        <source>Why the distcc hosts are off</source>
        <translation>Pourquoi les hôtes distcc sont désactivés</translation>
    </message>
    <message>
        <source>Version data not confirmed by a primary source</source>
        <translation>Données de version non confirmées par une source primaire</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Afficher les options avancées</translation>
    </message>
    <message>
        <source>apex is built for the CUDA backend only.</source>
        <translation>apex n’est compilé que pour le backend CUDA.</translation>
    </message>
    <message>
        <source>Only for a build from source; the route chosen on the Stack page installs prebuilt wheels.</source>
        <translation>Uniquement pour une compilation depuis les sources ; la voie choisie sur la page Pile installe des wheels précompilées.</translation>
    </message>
    <message>
        <source>Only with the distcc compiler cache.</source>
        <translation>Uniquement avec le cache du compilateur distcc.</translation>
    </message>
    <message>
        <source>All version data of PyTorch %1 used here is confirmed by a primary source.</source>
        <translation>Toutes les données de version de PyTorch %1 utilisées ici sont confirmées par une source primaire.</translation>
    </message>
    <message>
        <source>Version data of PyTorch %1 that no primary source confirms yet: %2. `dlstack matrix` lists every such field.</source>
        <translation>Données de version de PyTorch %1 qu’aucune source primaire ne confirme encore : %2. `dlstack matrix` liste chacun de ces champs.</translation>
    </message>
    <message>
        <source>Advanced &amp;options</source>
        <translation>&amp;Options avancées</translation>
    </message>
    <message>
        <source>&amp;Development install (editable)</source>
        <translation>Installation de développement (modi&amp;fiable)</translation>
    </message>
    <message>
        <source>Development install</source>
        <translation>Installation de développement</translation>
    </message>
    <message>
        <source>torch stays in its source tree, installed with pip install -e; after an edit, dlstack rebuild compiles only what changed.</source>
        <translation>torch reste dans son arbre source, installé avec pip install -e ; après une modification, dlstack rebuild ne compile que ce qui a changé.</translation>
    </message>
</context>
<context>
    <name>OsRelease</name>
    <message>
        <source>%1 has no ID= line; the distribution is unknown.</source>
        <translation>%1 n’a pas de ligne ID= ; la distribution est inconnue.</translation>
    </message>
</context>
<context>
    <name>PackageProbe</name>
    <message>
        <source>The NVIDIA driver was installed both with NVIDIA&apos;s .run installer and from packages (%1). Remove one of them (nvidia-uninstall, or apt purge) before installing another driver.</source>
        <translation>Le pilote NVIDIA a été installé à la fois avec l’installateur .run de NVIDIA et depuis des paquets (%1). Supprimez l’un des deux (nvidia-uninstall, ou apt purge) avant d’installer un autre pilote.</translation>
    </message>
    <message>
        <source>CUDA %1 was installed both with the .run installer and from packages; their files overwrite each other. Keep one of them.</source>
        <translation>CUDA %1 a été installé à la fois avec l’installateur .run et depuis des paquets ; leurs fichiers s’écrasent mutuellement. N’en gardez qu’un.</translation>
    </message>
</context>
<context>
    <name>PathGuard</name>
    <message>
        <source>Could not look at %1.</source>
        <translation>Impossible d’examiner %1.</translation>
    </message>
    <message>
        <source>Check the permissions of the directories on the way.</source>
        <translation>Vérifiez les permissions des répertoires sur le chemin.</translation>
    </message>
</context>
<context>
    <name>PciProbe</name>
    <message>
        <source>The NVIDIA GPU %1 is driven by nouveau, which cannot run CUDA. Install the NVIDIA driver; it blacklists nouveau, then reboot.</source>
        <translation>Le GPU NVIDIA %1 est piloté par nouveau, qui ne peut pas exécuter CUDA. Installez le pilote NVIDIA ; il met nouveau en liste noire, puis redémarrez.</translation>
    </message>
    <message>
        <source>The NVIDIA GPU %1 has no driver. Install the NVIDIA driver (for example `sudo ubuntu-drivers install`) and reboot.</source>
        <translation>Le GPU NVIDIA %1 n’a pas de pilote. Installez le pilote NVIDIA (par exemple `sudo ubuntu-drivers install`) et redémarrez.</translation>
    </message>
    <message>
        <source>The NVIDIA GPU %1 is bound to %2 (passed through or reserved), not to the NVIDIA driver.</source>
        <translation>Le GPU NVIDIA %1 est lié à %2 (transmis ou réservé), pas au pilote NVIDIA.</translation>
    </message>
    <message>
        <source>The NVIDIA driver is loaded but did not take the GPU %1. `sudo dmesg | grep -i nvrm` tells why (often a driver too old for the card, or one that needs the open kernel module).</source>
        <translation>Le pilote NVIDIA est chargé mais n’a pas pris en charge le GPU %1. `sudo dmesg | grep -i nvrm` indique pourquoi (souvent un pilote trop ancien pour la carte, ou un pilote qui nécessite le module noyau ouvert).</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>run as root first: %1</source>
        <translation>exécuter d’abord en tant que root : %1</translation>
    </message>
    <message>
        <source>warning: the mirror directory %1 has no %2; the install will fetch it from its URL (run `dlstack bundle` where there is a network to fill the directory).</source>
        <translation>avertissement : le répertoire miroir %1 ne contient pas %2 ; l’installation le téléchargera depuis son URL (lancez `dlstack bundle` là où il y a du réseau pour remplir le répertoire).</translation>
    </message>
    <message>
        <source>once installed, activate it with: %1</source>
        <translation>une fois installé, activez-le avec : %1</translation>
    </message>
    <message>
        <source>With --format sbatch: the Slurm partition (default: the cluster&apos;s).</source>
        <translation>Avec --format sbatch : la partition Slurm (par défaut : celle du cluster).</translation>
    </message>
    <message>
        <source>--partition goes with --format sbatch.</source>
        <translation>--partition va avec --format sbatch.</translation>
    </message>
    <message>
        <source>needs: internet (%1); downloads about %2 (%3)</source>
        <translation>besoin : Internet (%1) ; télécharge environ %2 (%3)</translation>
    </message>
    <message>
        <source>needs: no internet (everything comes from the offline folder)</source>
        <translation>besoin : pas d’Internet (tout vient du dossier hors ligne)</translation>
    </message>
    <message>
        <source>needs: about %1 of disk in %2, %3 on this machine (`dlstack preflight PLAN.json` checks the servers)</source>
        <translation>besoin : environ %1 d’espace disque dans %2, %3 sur cette machine (`dlstack preflight PLAN.json` vérifie les serveurs)</translation>
    </message>
    <message>
        <source>Plans a PyTorch installation for this machine and writes it as a plan, a bash script, a Dockerfile, a Slurm batch job, an Ansible playbook or an Lmod modulefile.</source>
        <translation>Planifie une installation de PyTorch pour cette machine et l’écrit sous forme de plan, de script bash, de Dockerfile, de job batch Slurm, de playbook Ansible ou de modulefile Lmod.</translation>
    </message>
    <message>
        <source>Install folder (default: ~/dlstack/&lt;stack&gt;, e.g. ~/dlstack/torch-2.4.1-cu124); a relative path is taken from here.</source>
        <translation>Dossier d’installation (par défaut : ~/dlstack/&lt;pile&gt;, p. ex. ~/dlstack/torch-2.4.1-cu124) ; un chemin relatif part du dossier courant.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output (with --format ansible: into this directory).</source>
        <translation>Écrire dans ce fichier plutôt que sur la sortie standard (avec --format ansible : dans ce répertoire).</translation>
    </message>
    <message>
        <source>json (default), bash, dockerfile, sbatch (a Slurm batch job), ansible (a playbook for many hosts, needs -o DIR) or modulefile (Lmod).</source>
        <translation>json (par défaut), bash, dockerfile, sbatch (un job batch Slurm), ansible (un playbook pour de nombreux hôtes, nécessite -o DIR) ou modulefile (Lmod).</translation>
    </message>
    <message>
        <source>Unknown --format %1 (json, bash, dockerfile, sbatch, ansible, modulefile).</source>
        <translation>--format %1 inconnu (json, bash, dockerfile, sbatch, ansible, modulefile).</translation>
    </message>
    <message>
        <source>--format ansible writes several files (site.yml, inventory.ini, plan.json, selection.json): name a directory with -o DIR.</source>
        <translation>--format ansible écrit plusieurs fichiers (site.yml, inventory.ini, plan.json, selection.json) : indiquez un répertoire avec -o DIR.</translation>
    </message>
    <message>
        <source>note: no stack named, so the recommended one for this machine: %1 (`dlstack recommend` lists the others; --torch and the other options choose).</source>
        <translation>remarque : aucune pile indiquée, donc celle recommandée pour cette machine : %1 (`dlstack recommend` liste les autres ; --torch et les autres options permettent de choisir).</translation>
    </message>
    <message>
        <source>No stack was named and none can be recommended for this machine; name one with --torch (see `dlstack matrix`).</source>
        <translation>Aucune pile n’a été indiquée et aucune ne peut être recommandée pour cette machine ; indiquez-en une avec --torch (voir `dlstack matrix`).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>préfixe</translation>
    </message>
    <message>
        <source>prefix: %1 (the default; --prefix DIR for another)</source>
        <translation>préfixe : %1 (par défaut ; --prefix DIR pour un autre)</translation>
    </message>
    <message>
        <source>wrote %1 into %2; list the hosts in inventory.ini, then: ansible-playbook -i %3 %4</source>
        <translation>%1 écrit dans %2 ; listez les hôtes dans inventory.ini, puis : ansible-playbook -i %3 %4</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>With --format dockerfile: default of the USER_UID build arg (default 1000).</source>
        <translation>Avec --format dockerfile : valeur par défaut de l&apos;argument de build USER_UID (par défaut 1000).</translation>
    </message>
    <message>
        <source>With --format dockerfile: default of the USER_GID build arg (default 1000).</source>
        <translation>Avec --format dockerfile : valeur par défaut de l&apos;argument de build USER_GID (par défaut 1000).</translation>
    </message>
    <message>
        <source>With --format dockerfile: default of the TZ build arg (default UTC).</source>
        <translation>Avec --format dockerfile : valeur par défaut de l&apos;argument de build TZ (par défaut UTC).</translation>
    </message>
    <message>
        <source>--%1 takes the number of a user or group other than root (1 or more), e.g. the output of `id -u`; got &quot;%2&quot;.</source>
        <translation>--%1 prend le numéro d&apos;un utilisateur ou d&apos;un groupe autre que root (1 ou plus), par exemple la sortie de `id -u` ; reçu « %2 ».</translation>
    </message>
    <message>
        <source>--tz takes a time zone name as in /usr/share/zoneinfo, e.g. Europe/Berlin or UTC; got &quot;%1&quot;.</source>
        <translation>--tz prend un nom de fuseau horaire comme dans /usr/share/zoneinfo, par exemple Europe/Berlin ou UTC ; reçu « %1 ».</translation>
    </message>
    <message>
        <source>--%1 goes with --format dockerfile.</source>
        <translation>--%1 va avec --format dockerfile.</translation>
    </message>
    <message>
        <source>Mirror base URL, or the offline folder (a directory `dlstack bundle` filled).</source>
        <translation>URL de base d’un miroir, ou le dossier hors ligne (un répertoire rempli par `dlstack bundle`).</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>Fix the JSON syntax at that position.</source>
        <translation>Corrigez la syntaxe JSON à cette position.</translation>
    </message>
    <message>
        <source>Correct the field &quot;%1&quot; (see docs/plan-format.md).</source>
        <translation>Corrigez le champ « %1 » (voir docs/plan-format.md).</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>must be an object of strings</source>
        <translation>doit être un objet de chaînes</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the install prefix and the download cache</source>
        <translation>le chemin « %1 » sort du préfixe d’installation et du cache de téléchargement</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>a plan must be a JSON object</source>
        <translation>un plan doit être un objet JSON</translation>
    </message>
    <message>
        <source>this dlstack reads schema %1 only</source>
        <translation>ce dlstack ne lit que le schéma %1</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>doit être un chemin absolu</translation>
    </message>
    <message>
        <source>the root directory cannot be an install prefix</source>
        <translation>le répertoire racine ne peut pas être un préfixe d’installation</translation>
    </message>
    <message>
        <source>the root directory cannot be a cache</source>
        <translation>le répertoire racine ne peut pas être un cache</translation>
    </message>
    <message>
        <source>must be a list of stages</source>
        <translation>doit être une liste d’étapes</translation>
    </message>
    <message>
        <source>a stage must be an object</source>
        <translation>une étape doit être un objet</translation>
    </message>
    <message>
        <source>stage id &quot;%1&quot; is used twice</source>
        <translation>l’identifiant d’étape « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>utilisez uniquement des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>doit être une liste de pas</translation>
    </message>
    <message>
        <source>a step must be an object</source>
        <translation>un pas doit être un objet</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>doit comporter 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 16</source>
        <translation>doit être un nombre entier de 0 à 16</translation>
    </message>
    <message>
        <source>a ref cannot start with &apos;-&apos;</source>
        <translation>une référence ne peut pas commencer par &apos;-&apos;</translation>
    </message>
    <message>
        <source>a URL cannot start with &apos;-&apos;</source>
        <translation>une URL ne peut pas commencer par &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a list of arguments, not a shell string</source>
        <translation>doit être une liste d’arguments, pas une chaîne shell</translation>
    </message>
    <message>
        <source>required list of arguments is missing</source>
        <translation>la liste d’arguments obligatoire est manquante</translation>
    </message>
    <message>
        <source>must name a program first</source>
        <translation>doit d’abord nommer un programme</translation>
    </message>
    <message>
        <source>unknown progress parser &quot;%1&quot;</source>
        <translation>analyseur de progression « %1 » inconnu</translation>
    </message>
    <message>
        <source>must be an octal mode such as &quot;0644&quot;</source>
        <translation>doit être un mode octal comme &quot;0644&quot;</translation>
    </message>
    <message>
        <source>unknown step kind &quot;%1&quot; (known: download, extract, git, run, write_file)</source>
        <translation>type de pas « %1 » inconnu (connus : download, extract, git, run, write_file)</translation>
    </message>
    <message>
        <source>must start with https://, http:// or file://</source>
        <translation>doit commencer par https://, http:// ou file://</translation>
    </message>
    <message>
        <source>Could not read the plan %1.</source>
        <translation>Impossible de lire le plan %1.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Vérifiez le chemin et ses permissions.</translation>
    </message>
    <message>
        <source>the path contains the control character %1; a path must be printable text</source>
        <translation>le chemin contient le caractère de contrôle %1 ; un chemin doit être du texte imprimable</translation>
    </message>
    <message>
        <source>the path contains the control character %1 (stage &quot;%2&quot;); a path must be printable text</source>
        <translation>le chemin contient le caractère de contrôle %1 (étape « %2 ») ; un chemin doit être du texte imprimable</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is the install prefix or the download cache itself; name a path inside it</source>
        <translation>le chemin « %1 » est le préfixe d’installation ou le cache de téléchargement lui-même ; indiquez un chemin à l’intérieur</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is inside %2/.dlstack, where dlstack keeps its journal, logs and backups; no step may write there</source>
        <translation>le chemin « %1 » est dans %2/.dlstack, où dlstack garde son journal, ses journaux d’étapes et ses sauvegardes ; aucun pas ne peut y écrire</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>doit être un nombre entier d’au moins 1</translation>
    </message>
    <message>
        <source>must be a number of at least 1</source>
        <translation>doit être un nombre d’au moins 1</translation>
    </message>
    <message>
        <source>must not hold %1, where dlstack keeps its journal</source>
        <translation>ne doit pas contenir %1, où dlstack garde son journal</translation>
    </message>
    <message>
        <source>inside %1 only as %1/cache</source>
        <translation>à l’intérieur de %1 seulement comme %1/cache</translation>
    </message>
    <message>
        <source>must be an object (a machine profile)</source>
        <translation>doit être un objet (un profil de machine)</translation>
    </message>
    <message>
        <source>must be a list of URLs</source>
        <translation>doit être une liste d’URL</translation>
    </message>
    <message>
        <source>must be a URL or an object with &quot;url&quot; and &quot;credential&quot;</source>
        <translation>doit être une URL ou un objet avec &quot;url&quot; et &quot;credential&quot;</translation>
    </message>
    <message>
        <source>a credential is sent to http(s) servers only, not to a file:// URL</source>
        <translation>un identifiant n’est envoyé qu’à des serveurs http(s), pas à une URL file://</translation>
    </message>
    <message>
        <source>a credential would be sent over plain http://; use https://, or set &quot;allow_insecure_auth&quot;: true and run `dlstack install --allow-insecure-auth`</source>
        <translation>un identifiant serait envoyé en http:// non chiffré ; utilisez https://, ou mettez &quot;allow_insecure_auth&quot;: true et lancez `dlstack install --allow-insecure-auth`</translation>
    </message>
    <message>
        <source>the credentials &quot;%1&quot; and &quot;%2&quot; are both named for %3; name one</source>
        <translation>les identifiants « %1 » et « %2 » sont tous deux indiqués pour %3 ; n’en nommez qu’un</translation>
    </message>
    <message>
        <source>names the proxy&apos;s password, but there is no &quot;proxy&quot;</source>
        <translation>nomme le mot de passe du proxy, mais il n&apos;y a pas de « proxy »</translation>
    </message>
    <message>
        <source>must be a URL such as http://proxy.example.org:3128 (http, https or socks5)</source>
        <translation>doit être une URL comme http://proxy.example.org:3128 (http, https ou socks5)</translation>
    </message>
    <message>
        <source>holds a password; a plan never does (it is shared and kept in the prefix): store the password in the keyring and name it in &quot;proxy_credential&quot;, or set DLSTACK_PROXY_PASSWORD when installing</source>
        <translation>contient un mot de passe ; un plan n&apos;en contient jamais (il est partagé et gardé dans le préfixe) : enregistrez le mot de passe dans le trousseau et nommez-le dans « proxy_credential », ou définissez DLSTACK_PROXY_PASSWORD lors de l&apos;installation</translation>
    </message>
    <message>
        <source>must be a whole number of MiB, 0 or more</source>
        <translation>doit être un nombre entier de Mio, 0 ou plus</translation>
    </message>
</context>
<context>
    <name>PlanProxy</name>
    <message>
        <source>The proxy %1 needs the password &quot;%2&quot;, but no keyring is available.</source>
        <translation>Le proxy %1 a besoin du mot de passe « %2 », mais aucun trousseau n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Set DLSTACK_PROXY_PASSWORD for the install, or start a Secret Service (gnome-keyring or KWallet) and store the password there as &quot;%1&quot;.</source>
        <translation>Définissez DLSTACK_PROXY_PASSWORD pour l&apos;installation, ou démarrez un Secret Service (gnome-keyring ou KWallet) et enregistrez-y le mot de passe sous « %1 ».</translation>
    </message>
    <message>
        <source>The keyring has no password &quot;%1&quot; for the proxy %2.</source>
        <translation>Le trousseau n&apos;a pas de mot de passe « %1 » pour le proxy %2.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Rien n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>Set DLSTACK_PROXY_PASSWORD for the install, or store the proxy&apos;s password in the keyring as &quot;%1&quot;.</source>
        <translation>Définissez DLSTACK_PROXY_PASSWORD pour l&apos;installation, ou enregistrez le mot de passe du proxy dans le trousseau sous « %1 ».</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The mirror directory %1 does not exist.</source>
        <translation>Le répertoire miroir %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Check the path given to --mirror, or run `dlstack bundle` to fill it.</source>
        <translation>Vérifiez le chemin donné à --mirror, ou lancez `dlstack bundle` pour le remplir.</translation>
    </message>
    <message>
        <source>The prefix %1 is not writable (checked %2).</source>
        <translation>Le préfixe %1 n’est pas accessible en écriture (vérifié : %2).</translation>
    </message>
    <message>
        <source>Choose a prefix in your home directory, or make it writable for your user.</source>
        <translation>Choisissez un préfixe dans votre répertoire personnel, ou rendez-le accessible en écriture pour votre utilisateur.</translation>
    </message>
    <message>
        <source>Not enough free space for %1: %2 MiB free, about %3 MiB needed.</source>
        <translation>Pas assez d’espace libre pour %1 : %2 Mio libres, environ %3 Mio nécessaires.</translation>
    </message>
    <message>
        <source>Free some space or choose a prefix on a larger disk.</source>
        <translation>Libérez de l’espace ou choisissez un préfixe sur un disque plus grand.</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>l’image</translation>
    </message>
    <message>
        <source>the profile&apos;s machine</source>
        <translation>la machine du profil</translation>
    </message>
    <message>
        <source>A CUDA source build for %1 needs the GPUs it is for, and the profile names no NVIDIA GPU with its compute capability.</source>
        <translation>Une compilation CUDA depuis les sources pour %1 a besoin des GPU auxquels elle est destinée, et le profil ne nomme aucun GPU NVIDIA avec sa compute capability.</translation>
    </message>
    <message>
        <source>Name the architectures with --arch-list, e.g. --arch-list &quot;8.0;8.6;9.0+PTX&quot;.</source>
        <translation>Indiquez les architectures avec --arch-list, par ex. --arch-list &quot;8.0;8.6;9.0+PTX&quot;.</translation>
    </message>
    <message>
        <source>The install folder %1 cannot be made: %2 is a file, not a folder.</source>
        <translation>Le dossier d’installation %1 ne peut pas être créé : %2 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Choose another install folder (--prefix), or move the file away.</source>
        <translation>Choisissez un autre dossier d’installation (--prefix), ou déplacez le fichier.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>No plan could be made.</source>
        <translation>Aucun plan n’a pu être établi.</translation>
    </message>
    <message>
        <source>This plan is made for another machine (%1), not for this one.</source>
        <translation>Ce plan est fait pour une autre machine (%1), pas pour celle-ci.</translation>
    </message>
    <message>
        <source>Export it and run it there, or detect this machine again to plan for it.</source>
        <translation>Exportez-le et exécutez-le là-bas, ou détectez à nouveau cette machine pour planifier pour elle.</translation>
    </message>
    <message>
        <source>PYTHONPATH is set (%1): every Python the install starts, and the new environment afterwards, also imports the packages found there, so pip may skip packages it sees there and torch may be imported from another installation.</source>
        <translation>PYTHONPATH est défini (%1) : chaque Python lancé par l’installation, puis le nouvel environnement, importent aussi les paquets qui s’y trouvent ; pip peut donc ignorer des paquets qu’il y voit et torch peut être importé depuis une autre installation.</translation>
    </message>
    <message>
        <source>Run `unset PYTHONPATH` before the install, and remove it from ~/.bashrc (or the module that sets it) for this environment.</source>
        <translation>Exécutez `unset PYTHONPATH` avant l’installation, et retirez-le de ~/.bashrc (ou du module qui le définit) pour cet environnement.</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message>
        <source>Says what the install of a plan downloads, per stage and in all, and whether the servers it downloads from answer from this machine (through the proxy of https_proxy, http_proxy and no_proxy, or the plan&apos;s).</source>
        <translation>Indique ce que l’installation d’un plan télécharge, par étape et au total, et si les serveurs concernés répondent depuis cette machine (via le proxy de https_proxy, http_proxy et no_proxy, ou celui du plan).</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Le fichier du plan (JSON).</translation>
    </message>
    <message>
        <source>Only list what is downloaded; do not contact any server.</source>
        <translation>Lister seulement ce qui est téléchargé ; ne contacter aucun serveur.</translation>
    </message>
    <message>
        <source>Seconds to wait for each server (default 8).</source>
        <translation>Secondes d’attente par serveur (8 par défaut).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Usage: dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]</source>
        <translation>Usage : dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>What the install of %1 downloads:</source>
        <translation>Ce que l’installation de %1 télécharge :</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>about %1 from %2</source>
        <translation>environ %1 depuis %2</translation>
    </message>
    <message>
        <source>Nothing is downloaded from the internet; the install can run offline.</source>
        <translation>Rien n’est téléchargé depuis Internet ; l’installation peut se faire hors ligne.</translation>
    </message>
    <message>
        <source>In all: about %1 from %2.</source>
        <translation>Au total : environ %1 depuis %2.</translation>
    </message>
    <message>
        <source>blocker: %1 (%2)</source>
        <translation>bloquant : %1 (%2)</translation>
    </message>
    <message>
        <source>warning: %1 (%2)</source>
        <translation>avertissement : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProcessExplainer</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>Install %1 or add its directory to PATH.</source>
        <translation>Installez %1 ou ajoutez son répertoire au PATH.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 n’a pas pu être lancé.</translation>
    </message>
    <message>
        <source>Check that %1 is executable and not damaged.</source>
        <translation>Vérifiez que %1 est exécutable et n’est pas endommagé.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s and was stopped.</source>
        <translation>%1 n’a pas répondu en %2 s et a été arrêté.</translation>
    </message>
    <message>
        <source>The program hangs; for nvidia-smi this usually means the driver is stuck. Reboot, or reload the driver, and try again.</source>
        <translation>Le programme est bloqué ; pour nvidia-smi, cela signifie généralement que le pilote est bloqué. Redémarrez, ou rechargez le pilote, et réessayez.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 a planté.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 a échoué avec le code de sortie %2.</translation>
    </message>
</context>
<context>
    <name>ProcessInstallDriver</name>
    <message>
        <source>No plan could be made for these choices.</source>
        <translation>Aucun plan n’a pu être établi pour ces choix.</translation>
    </message>
    <message>
        <source>A dlstack job is already running in %1; following it.</source>
        <translation>Une tâche dlstack est déjà en cours dans %1 ; elle est suivie.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>restore %1 as it was before</source>
        <translation>restaurer %1 dans son état précédent</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécuter %1</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Impossible de lancer %1.</translation>
    </message>
    <message>
        <source>The dlstack process ended without finishing (was it killed?). Start again to resume.</source>
        <translation>Le processus dlstack s’est terminé sans finir (a-t-il été tué ?). Relancez pour reprendre.</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>The probe failed: %1</source>
        <translation>La sonde a échoué : %1</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Fact</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>PythonEnvInspector</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Choose the folder of a venv or a conda environment.</source>
        <translation>Choisissez le dossier d’un venv ou d’un environnement conda.</translation>
    </message>
    <message>
        <source>%1 is empty or cannot be read.</source>
        <translation>%1 est vide ou illisible.</translation>
    </message>
    <message>
        <source>Check that you may read the folder (ls -ld %1), or choose another one.</source>
        <translation>Vérifiez que vous pouvez lire le dossier (ls -ld %1), ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 is not a Python environment: it has neither pyvenv.cfg (venv) nor conda-meta (conda).</source>
        <translation>%1 n’est pas un environnement Python : il n’a ni pyvenv.cfg (venv) ni conda-meta (conda).</translation>
    </message>
    <message>
        <source>Choose the folder that holds bin/python and pyvenv.cfg or conda-meta.</source>
        <translation>Choisissez le dossier qui contient bin/python et pyvenv.cfg ou conda-meta.</translation>
    </message>
</context>
<context>
    <name>PythonProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 n’a pas indiqué de version.</translation>
    </message>
</context>
<context>
    <name>PythonRule</name>
    <message>
        <source>No Python interpreter was found for a new venv.</source>
        <translation>Aucun interpréteur Python n’a été trouvé pour un nouveau venv.</translation>
    </message>
    <message>
        <source>Install python3 and python3-venv, or use a new conda environment.</source>
        <translation>Installez python3 et python3-venv, ou utilisez un nouvel environnement conda.</translation>
    </message>
    <message>
        <source>Create a new environment with Python %1 to %2</source>
        <translation>Créer un nouvel environnement avec Python %1 à %2</translation>
    </message>
    <message>
        <source>Use Python %1 to %2 (a new conda environment can install it)</source>
        <translation>Utiliser Python %1 à %2 (un nouvel environnement conda peut l’installer)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>, or pick torch %1, which supports Python %2.</source>
        <translation>, ou choisissez torch %1, qui prend en charge Python %2.</translation>
    </message>
    <message>
        <source>PyTorch %1 has Linux wheels for Python %2 to %3, not for %4.</source>
        <translation>PyTorch %1 a des wheels Linux pour Python %2 à %3, pas pour %4.</translation>
    </message>
    <message>
        <source>Python %1 support in PyTorch %2 is experimental.</source>
        <translation>La prise en charge de Python %1 dans PyTorch %2 est expérimentale.</translation>
    </message>
    <message>
        <source>Use Python %1 for a supported setup.</source>
        <translation>Utilisez Python %1 pour une configuration prise en charge.</translation>
    </message>
    <message>
        <source>Building PyTorch %1 from source needs Python %2 or newer; the environment has %3.</source>
        <translation>Compiler PyTorch %1 depuis les sources nécessite Python %2 ou plus récent ; l’environnement a %3.</translation>
    </message>
    <message>
        <source>Use Python %1 or newer.</source>
        <translation>Utilisez Python %1 ou plus récent.</translation>
    </message>
    <message>
        <source>Python %1 is not installed on this machine, and a venv needs it.</source>
        <translation>Python %1 n’est pas installé sur cette machine, et un venv en a besoin.</translation>
    </message>
    <message>
        <source>Use a new conda environment (it installs Python %1), or install python%1 and python%1-venv.</source>
        <translation>Utilisez un nouvel environnement conda (il installe Python %1), ou installez python%1 et python%1-venv.</translation>
    </message>
</context>
<context>
    <name>RawRecorder</name>
    <message>
        <source>Could not save the raw outputs to %1.</source>
        <translation>Impossible d’enregistrer les sorties brutes dans %1.</translation>
    </message>
    <message>
        <source>Choose a writable directory.</source>
        <translation>Choisissez un répertoire accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <source>Proposes PyTorch selections that work on this machine (or a saved or imported profile), best first, each with its reason.</source>
        <translation>Propose des sélections PyTorch qui fonctionnent sur cette machine (ou un profil enregistré ou importé), la meilleure en premier, chacune avec sa justification.</translation>
    </message>
    <message>
        <source>At most N proposals (default 5).</source>
        <translation>Au plus N propositions (5 par défaut).</translation>
    </message>
    <message>
        <source>Print the proposals as JSON.</source>
        <translation>Afficher les propositions en JSON.</translation>
    </message>
    <message>
        <source>recommend takes --limit N (a positive number) and no positional arguments.</source>
        <translation>recommend accepte --limit N (un nombre positif) et aucun argument positionnel.</translation>
    </message>
    <message>
        <source>`dlstack plan` without options plans the first one into %1.</source>
        <translation>`dlstack plan` sans option planifie la première dans %1.</translation>
    </message>
    <message>
        <source>Only this PyTorch release (&quot;2.14&quot; means the newest 2.14.x); when none of its wheels has kernels for the GPU, its source build.</source>
        <translation>Seulement cette version de PyTorch (« 2.14 » signifie la plus récente 2.14.x) ; quand aucune de ses wheels n&apos;a de noyaux pour le GPU, sa compilation depuis les sources.</translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix.</source>
        <translation>PyTorch %1 n&apos;est pas dans la matrice testée.</translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation>Choisissez une version listée par `dlstack matrix`.</translation>
    </message>
</context>
<context>
    <name>ReplayRunner</name>
    <message>
        <source>%1 is not a saved detection.</source>
        <translation>%1 n’est pas une détection enregistrée.</translation>
    </message>
    <message>
        <source>Pass the directory written by `dlstack detect --save-raw DIR`.</source>
        <translation>Indiquez le répertoire écrit par `dlstack detect --save-raw DIR`.</translation>
    </message>
</context>
<context>
    <name>ResourcesRule</name>
    <message>
        <source>This machine has %1 GiB of memory; building PyTorch needs about 3 GB per compile job and more to link, so the build will be slow or run out of memory.</source>
        <translation>Cette machine a %1 Gio de mémoire ; compiler PyTorch nécessite environ 3 Go par tâche de compilation et davantage pour l’édition de liens : la build sera lente ou manquera de mémoire.</translation>
    </message>
    <message>
        <source>Add swap, use MAX_JOBS=1, or use prebuilt wheels.</source>
        <translation>Ajoutez du swap, utilisez MAX_JOBS=1, ou utilisez des wheels précompilées.</translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 needs about %2 GB of memory; this machine has %3 GiB, so compiler jobs would be killed (&quot;Killed signal terminated program cc1plus&quot;).</source>
        <translation>MAX_JOBS=%1 nécessite environ %2 Go de mémoire ; cette machine a %3 Gio, donc des tâches du compilateur seraient tuées (« Killed signal terminated program cc1plus »).</translation>
    </message>
    <message>
        <source>Use MAX_JOBS=%1.</source>
        <translation>Utilisez MAX_JOBS=%1.</translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 fits %2 cores and %3 GiB of memory (about 3 GB per job).</source>
        <translation>MAX_JOBS=%1 convient à %2 cœurs et %3 Gio de mémoire (environ 3 Go par tâche).</translation>
    </message>
    <message>
        <source>the install location</source>
        <translation>l’emplacement d’installation</translation>
    </message>
    <message>
        <source>This install needs about %1 GB of free disk at %2; there are %3 GB.</source>
        <translation>Cette installation nécessite environ %1 Go d’espace disque libre à %2 ; il y en a %3 Go.</translation>
    </message>
    <message>
        <source>Free some space, or install to a larger disk (--prefix).</source>
        <translation>Libérez de l’espace, ou installez sur un disque plus grand (--prefix).</translation>
    </message>
    <message>
        <source>This install needs about %1 GB of free disk at %2; only %3 GB are free.</source>
        <translation>Cette installation nécessite environ %1 Go d’espace disque libre à %2 ; seulement %3 Go sont libres.</translation>
    </message>
    <message>
        <source>Free some space first; pip and build caches grow during the install.</source>
        <translation>Libérez d’abord de l’espace ; les caches de pip et de build grossissent pendant l’installation.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export &amp;plan…</source>
        <translation>&amp;Exporter le plan…</translation>
    </message>
    <message>
        <source>Export ba&amp;sh script…</source>
        <translation>Exporter un script &amp;bash…</translation>
    </message>
    <message>
        <source>Export &amp;Dockerfile…</source>
        <translation>Exporter un &amp;Dockerfile…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check the summary. Nothing has been changed on this machine yet.</source>
        <translation>Vérifiez le récapitulatif. Rien n’a encore été modifié sur cette machine.</translation>
    </message>
    <message>
        <source>Summary of the install</source>
        <translation>Récapitulatif de l’installation</translation>
    </message>
    <message>
        <source>Export the plan as JSON</source>
        <translation>Exporter le plan en JSON</translation>
    </message>
    <message>
        <source>Export the plan as a bash script</source>
        <translation>Exporter le plan en script bash</translation>
    </message>
    <message>
        <source>Export the plan as a Dockerfile</source>
        <translation>Exporter le plan en Dockerfile</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <source>Apex is compiled from source even with prebuilt PyTorch wheels; it needs a CUDA toolkit matching CUDA %1.</source>
        <translation>Apex est compilé depuis les sources même avec des wheels PyTorch précompilées ; il nécessite un toolkit CUDA correspondant à CUDA %1.</translation>
    </message>
    <message>
        <source>Installing into an existing environment replaces its torch packages; a rollback restores them.</source>
        <translation>Installer dans un environnement existant remplace ses paquets torch ; une annulation les restaure.</translation>
    </message>
    <message>
        <source>Both an offline folder and a mirror are set; the offline folder is tried first.</source>
        <translation>Un dossier hors ligne et un miroir sont tous deux définis ; le dossier hors ligne est essayé en premier.</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pile</translation>
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
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>build from source</source>
        <translation>compilation depuis les sources</translation>
    </message>
    <message>
        <source>prebuilt wheels</source>
        <translation>wheels précompilées</translation>
    </message>
    <message>
        <source>Package index</source>
        <translation>Index de paquets</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Dossier d’installation</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>existing: %1</source>
        <translation>existant : %1</translation>
    </message>
    <message>
        <source>new conda environment %1</source>
        <translation>nouvel environnement conda %1</translation>
    </message>
    <message>
        <source>new venv %1</source>
        <translation>nouveau venv %1</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Arch list</source>
        <translation>Liste d’architectures</translation>
    </message>
    <message>
        <source>MAX_JOBS</source>
        <translation>MAX_JOBS</translation>
    </message>
    <message>
        <source>Compiler cache</source>
        <translation>Cache du compilateur</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Offline folder</source>
        <translation>Dossier hors ligne</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>There is no plan to export for these choices.</source>
        <translation>Il n’y a pas de plan à exporter pour ces choix.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Run these as root first (dlstack never does):</source>
        <translation>Exécutez d’abord ces commandes en root (dlstack ne le fait jamais) :</translation>
    </message>
    <message>
        <source>No plan could be made.</source>
        <translation>Aucun plan n’a pu être établi.</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Time: %1 in all on this machine. A rough estimate from typical build work and MAX_JOBS; the Install page measures the real pace.</source>
        <translation>Durée : %1 au total sur cette machine. Une estimation grossière fondée sur le travail de compilation habituel et MAX_JOBS ; la page d’installation mesure le rythme réel.</translation>
    </message>
    <message>
        <source>The offline folder has no %1; the install will try to download it.</source>
        <translation>Le dossier hors ligne ne contient pas %1 ; l’installation tentera de le télécharger.</translation>
    </message>
    <message>
        <source>The version matrix is not loaded.</source>
        <translation>La matrice des versions n’est pas chargée.</translation>
    </message>
    <message>
        <source>Blocker: %1</source>
        <translation>Bloquant : %1</translation>
    </message>
    <message>
        <source>Blocker: %1 — %2</source>
        <translation>Bloquant : %1 — %2</translation>
    </message>
    <message>
        <source>No Dockerfile could be made.</source>
        <translation>Aucun Dockerfile n’a pu être créé.</translation>
    </message>
    <message>
        <source>Planning for %1. Nothing is installed here: export the plan, the script or the Dockerfile and run it on that machine.</source>
        <translation>Planification pour %1. Rien n’est installé ici : exportez le plan, le script ou le Dockerfile et exécutez-le sur cette machine-là.</translation>
    </message>
    <message>
        <source>An install of this plan has already started in %1; the Install page shows where it stands.</source>
        <translation>Une installation de ce plan a déjà commencé dans %1 ; la page d’installation montre où elle en est.</translation>
    </message>
    <message>
        <source>Planning for %1 — not this machine.</source>
        <translation>Planification pour %1 — pas cette machine.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>about %1 to download</source>
        <translation>environ %1 à télécharger</translation>
    </message>
    <message>
        <source>Downloads: about %1 in all, from %2; an internet connection is needed. Without one, fill an offline folder elsewhere with `dlstack bundle` and choose it on the Options page.</source>
        <translation>Téléchargements : environ %1 au total, depuis %2 ; une connexion Internet est nécessaire. Sans elle, remplissez ailleurs un dossier hors ligne avec `dlstack bundle` et choisissez-le sur la page Options.</translation>
    </message>
    <message>
        <source>Downloads: nothing from the internet; the offline folder holds everything.</source>
        <translation>Téléchargements : rien depuis Internet ; le dossier hors ligne contient tout.</translation>
    </message>
    <message>
        <source>Disk space needed in %1: about %2.</source>
        <translation>Espace disque nécessaire dans %1 : environ %2.</translation>
    </message>
    <message>
        <source>Export S&amp;lurm job…</source>
        <translation>Exporter une tâche S&amp;lurm…</translation>
    </message>
    <message>
        <source>Export for &amp;Ansible…</source>
        <translation>Exporter pour &amp;Ansible…</translation>
    </message>
    <message>
        <source>Use an &amp;offline folder…</source>
        <translation>&amp;Utiliser un dossier hors ligne…</translation>
    </message>
    <message>
        <source>Export the plan as a Slurm batch job</source>
        <translation>Exporter le plan comme tâche batch Slurm</translation>
    </message>
    <message>
        <source>Export the plan as an Ansible playbook for many hosts</source>
        <translation>Exporter le plan comme playbook Ansible pour de nombreux hôtes</translation>
    </message>
    <message>
        <source>Network check</source>
        <translation>Vérification du réseau</translation>
    </message>
    <message>
        <source>Choose an offline folder filled by dlstack bundle</source>
        <translation>Choisir un dossier hors ligne rempli par dlstack bundle</translation>
    </message>
    <message>
        <source>A folder that `dlstack bundle` filled on a machine with internet; the install takes its files from there instead of downloading them.</source>
        <translation>Un dossier que `dlstack bundle` a rempli sur une machine avec internet ; l’installation y prend ses fichiers au lieu de les télécharger.</translation>
    </message>
    <message>
        <source>Checking whether this machine reaches %1…</source>
        <translation>Vérification que cette machine atteint %1…</translation>
    </message>
    <message>
        <source>Offline folder (filled by dlstack bundle)</source>
        <translation>Dossier hors ligne (rempli par dlstack bundle)</translation>
    </message>
    <message>
        <source>Export Slurm job</source>
        <translation>Exporter une tâche Slurm</translation>
    </message>
    <message>
        <source>Slurm partition (sinfo lists them; empty: the cluster&apos;s default):</source>
        <translation>Partition Slurm (sinfo les liste ; vide : celle par défaut du cluster) :</translation>
    </message>
    <message>
        <source>Export for Ansible: the directory for %1</source>
        <translation>Exporter pour Ansible : le dossier pour %1</translation>
    </message>
    <message>
        <source>Wrote %1 into %2. List the hosts in inventory.ini, then run:
ansible-playbook -i %3 %4</source>
        <translation>%1 a été écrit dans %2. Indiquez les hôtes dans inventory.ini, puis exécutez :
ansible-playbook -i %3 %4</translation>
    </message>
    <message>
        <source>Made from a chosen stack, not from a plan file.</source>
        <translation>Créé à partir d’une pile choisie, pas d’un fichier de plan.</translation>
    </message>
    <message>
        <source>The stack, the options, the stages with their time and downloads, and the findings.</source>
        <translation>La pile, les options, les étapes avec leur durée et leurs téléchargements, et les constats.</translation>
    </message>
    <message>
        <source>Development install</source>
        <translation>Installation de développement</translation>
    </message>
    <message>
        <source>editable; after an edit, dlstack rebuild %1</source>
        <translation>modifiable ; après une modification, dlstack rebuild %1</translation>
    </message>
</context>
<context>
    <name>RocmProbe</name>
    <message>
        <source>rocminfo did not answer within %1 seconds; the amdgpu driver may be hung.</source>
        <translation>rocminfo n’a pas répondu en %1 secondes ; le pilote amdgpu est peut-être bloqué.</translation>
    </message>
</context>
<context>
    <name>RocmRule</name>
    <message>
        <source>The gfx target of %1 is not known.</source>
        <translation>La cible gfx de %1 n’est pas connue.</translation>
    </message>
    <message>
        <source>Run rocminfo on that machine and import its output.</source>
        <translation>Lancez rocminfo sur cette machine et importez sa sortie.</translation>
    </message>
    <message>
        <source>The gfx targets of the torch %1 %2 wheels are not recorded; dlstack cannot confirm they include %3.</source>
        <translation>Les cibles gfx des wheels torch %1 %2 ne sont pas répertoriées ; dlstack ne peut pas confirmer qu’elles incluent %3.</translation>
    </message>
    <message>
        <source>Prefer a release whose targets are known (`dlstack recommend`).</source>
        <translation>Préférez une version dont les cibles sont connues (`dlstack recommend`).</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have no kernels for %3 (%4).</source>
        <translation>Les wheels torch %1 %2 n’ont pas de noyaux pour %3 (%4).</translation>
    </message>
    <message>
        <source>Build from source with PYTORCH_ROCM_ARCH=%1.</source>
        <translation>Compilez depuis les sources avec PYTORCH_ROCM_ARCH=%1.</translation>
    </message>
    <message>
        <source>Pick %1, or build from source with PYTORCH_ROCM_ARCH=%2.</source>
        <translation>Choisissez %1, ou compilez depuis les sources avec PYTORCH_ROCM_ARCH=%2.</translation>
    </message>
    <message>
        <source>ROCm %1 does not officially support %2 (%3); it may work, but AMD does not test it.</source>
        <translation>ROCm %1 ne prend pas officiellement en charge %2 (%3) ; cela peut fonctionner, mais AMD ne le teste pas.</translation>
    </message>
    <message>
        <source>Expect problems; some consumer cards need HSA_OVERRIDE_GFX_VERSION set to a supported target of the same family.</source>
        <translation>Attendez-vous à des problèmes ; certaines cartes grand public nécessitent HSA_OVERRIDE_GFX_VERSION réglé sur une cible prise en charge de la même famille.</translation>
    </message>
    <message>
        <source>ROCm %1 is installed; the build asks for ROCm %2.</source>
        <translation>ROCm %1 est installé ; la build demande ROCm %2.</translation>
    </message>
    <message>
        <source>Build against the installed ROCm, or install ROCm %1 beside it.</source>
        <translation>Compilez avec le ROCm installé, ou installez ROCm %1 à côté.</translation>
    </message>
</context>
<context>
    <name>RocmSourceRecipe</name>
    <message>
        <source>ROCm&apos;s clang puts ROCm&apos;s include directory after the system&apos;s (-idirafter); the build searches ROCm, then the environment, then the system (%1).</source>
        <translation>Le clang de ROCm place le répertoire include de ROCm après celui du système (-idirafter) ; la compilation cherche d’abord dans ROCm, puis dans l’environnement, puis dans le système (%1).</translation>
    </message>
    <message>
        <source>A ROCm source build in a venv uses the system gcc and libstdc++; a conda environment (--env new-conda) keeps the compiler with the environment.</source>
        <translation>Une compilation de ROCm depuis les sources dans un venv utilise le gcc et la libstdc++ du système ; un environnement conda (--env new-conda) garde le compilateur avec l’environnement.</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, règle %2</translation>
    </message>
    <message>
        <source>it ends with a backslash</source>
        <translation>il se termine par une barre oblique inverse</translation>
    </message>
    <message>
        <source>\x{ is not closed</source>
        <translation>\x{ n’est pas fermé</translation>
    </message>
    <message>
        <source>a character class is not closed</source>
        <translation>une classe de caractères n’est pas fermée</translation>
    </message>
    <message>
        <source>the option (?x) is not supported in diagnosis patterns</source>
        <translation>l’option (?x) n’est pas prise en charge dans les motifs de diagnostic</translation>
    </message>
</context>
<context>
    <name>SafeExtractor</name>
    <message>
        <source>The archive %1 contains an unsafe member and was not extracted.</source>
        <translation>L’archive %1 contient un membre dangereux et n’a pas été extraite.</translation>
    </message>
    <message>
        <source>Get the archive from a trusted source; dlstack never writes outside the target directory.</source>
        <translation>Obtenez l’archive d’une source de confiance ; dlstack n’écrit jamais en dehors du répertoire cible.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged.</source>
        <translation>L’archive %1 est endommagée.</translation>
    </message>
    <message>
        <source>Download it again; the file may be truncated.</source>
        <translation>Téléchargez-la à nouveau ; le fichier est peut-être tronqué.</translation>
    </message>
    <message>
        <source>The disk is full: free space there and run the install again.</source>
        <translation>Le disque est plein : libérez de la place et relancez l’installation.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable by this user.</source>
        <translation>Vérifiez que cet utilisateur peut écrire dans le préfixe.</translation>
    </message>
    <message>
        <source>The details say what the file system answered.</source>
        <translation>Les détails donnent la réponse du système de fichiers.</translation>
    </message>
    <message>
        <source>Could not write %1 from the archive %2.</source>
        <translation>Impossible d’écrire %1 depuis l’archive %2.</translation>
    </message>
    <message>
        <source>The archive %1 was not extracted: it unpacks to more than %2.</source>
        <translation>L’archive %1 n’a pas été extraite : elle se décompresse en plus de %2.</translation>
    </message>
    <message>
        <source>Stopped at %1. An archive this large is most likely a decompression bomb.</source>
        <translation>Arrêté à %1. Une archive aussi grande est très probablement une bombe de décompression.</translation>
    </message>
    <message>
        <source>If you trust the archive, raise &quot;%1&quot; on this extract step in the plan (now %2; see docs/plan-format.md).</source>
        <translation>Si vous faites confiance à l’archive, augmentez « %1 » dans ce pas d’extraction du plan (actuellement %2 ; voir docs/plan-format.md).</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>%1 times its own size (%2)</source>
        <translation>%1 fois sa propre taille (%2)</translation>
    </message>
    <message>
        <source>Could not open the archive %1.</source>
        <translation>Impossible d’ouvrir l’archive %1.</translation>
    </message>
    <message>
        <source>Check that the file is complete and is a tar or zip archive.</source>
        <translation>Vérifiez que le fichier est complet et qu’il s’agit d’une archive tar ou zip.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable.</source>
        <translation>Vérifiez que le préfixe est accessible en écriture.</translation>
    </message>
    <message>
        <source>Extraction was cancelled.</source>
        <translation>L’extraction a été annulée.</translation>
    </message>
    <message>
        <source>Could not finish extracting into %1.</source>
        <translation>Impossible de terminer l’extraction dans %1.</translation>
    </message>
    <message>
        <source>Check free disk space and permissions.</source>
        <translation>Vérifiez l’espace disque libre et les permissions.</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>chemin absolu</translation>
    </message>
    <message>
        <source>path with &quot;..&quot;</source>
        <translation>chemin contenant &quot;..&quot;</translation>
    </message>
    <message>
        <source>control character in the name</source>
        <translation>caractère de contrôle dans le nom</translation>
    </message>
    <message>
        <source>device node or FIFO</source>
        <translation>nœud de périphérique ou FIFO</translation>
    </message>
    <message>
        <source>written through a symbolic link</source>
        <translation>écrit via un lien symbolique</translation>
    </message>
    <message>
        <source>symbolic link pointing outside: %1</source>
        <translation>lien symbolique pointant vers l’extérieur : %1</translation>
    </message>
    <message>
        <source>hard link pointing outside: %1</source>
        <translation>lien physique pointant vers l’extérieur : %1</translation>
    </message>
    <message>
        <source>hard link to a stripped member</source>
        <translation>lien physique vers un membre retiré</translation>
    </message>
    <message>
        <source>symbolic link pointing outside once all is unpacked: %1</source>
        <translation>lien symbolique pointant vers l’extérieur une fois tout décompressé : %1</translation>
    </message>
</context>
<context>
    <name>SbatchExporter</name>
    <message>
        <source>The plan holds a URL with a user name, password or query; a batch script would carry it into Slurm&apos;s spool directory and the job&apos;s log.</source>
        <translation>Le plan contient une URL avec un nom d’utilisateur, un mot de passe ou une chaîne de requête ; un script batch la porterait dans le répertoire spool de Slurm et dans le journal de la tâche.</translation>
    </message>
    <message>
        <source>Keep the credential in the secret store (a download step&apos;s &quot;credential&quot;) or use the bash export, which reads such URLs from the environment.</source>
        <translation>Gardez les identifiants dans le trousseau (le « credential » d’un pas de téléchargement) ou utilisez l’export bash, qui lit ces URL depuis l’environnement.</translation>
    </message>
    <message>
        <source>%1 is not a Slurm partition name.</source>
        <translation>%1 n’est pas un nom de partition Slurm.</translation>
    </message>
    <message>
        <source>Partition names hold only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (sinfo lists them).</source>
        <translation>Les noms de partition ne contiennent que des lettres, des chiffres, &apos;.&apos;, &apos;-&apos; et &apos;_&apos; (sinfo les liste).</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>&quot;%1&quot; is not a distcc host list.</source>
        <translation>&quot;%1&quot; n’est pas une liste d’hôtes distcc.</translation>
    </message>
    <message>
        <source>Write it like DISTCC_HOSTS: &quot;10.0.0.5/16 10.0.0.6:3632/8&quot;.</source>
        <translation>Écrivez-la comme DISTCC_HOSTS : &quot;10.0.0.5/16 10.0.0.6:3632/8&quot;.</translation>
    </message>
</context>
<context>
    <name>SelectionOptions</name>
    <message>
        <source>Use the machine of this profile (written by `dlstack detect --json`).</source>
        <translation>Utiliser la machine de ce profil (écrit par `dlstack detect --json`).</translation>
    </message>
    <message>
        <source>Build the profile from pasted tool output (repeatable).</source>
        <translation>Construire le profil à partir de sorties d’outils collées (répétable).</translation>
    </message>
    <message>
        <source>Use either --profile or --import, not both.</source>
        <translation>Utilisez soit --profile, soit --import, pas les deux.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not a format dlstack knows (see `dlstack import --help`).</source>
        <translation>%1 : format inconnu de dlstack (voir `dlstack import --help`).</translation>
    </message>
    <message>
        <source>PyTorch version (required; see `dlstack matrix`).</source>
        <translation>Version de PyTorch (obligatoire ; voir `dlstack matrix`).</translation>
    </message>
    <message>
        <source>CUDA version of the build, e.g. 12.4.</source>
        <translation>Version de CUDA de la build, p. ex. 12.4.</translation>
    </message>
    <message>
        <source>ROCm version of the build, e.g. 6.1.</source>
        <translation>Version de ROCm de la build, p. ex. 6.1.</translation>
    </message>
    <message>
        <source>A CPU-only build.</source>
        <translation>Une build CPU uniquement.</translation>
    </message>
    <message>
        <source>Python version of the environment, e.g. 3.11.</source>
        <translation>Version de Python de l’environnement, p. ex. 3.11.</translation>
    </message>
    <message>
        <source>prebuilt (wheels, the default) or source.</source>
        <translation>prebuilt (wheels, par défaut) ou source.</translation>
    </message>
    <message>
        <source>new-venv (default), new-conda or the path of an existing environment.</source>
        <translation>new-venv (par défaut), new-conda ou le chemin d’un environnement existant.</translation>
    </message>
    <message>
        <source>TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH instead of the detected GPUs.</source>
        <translation>TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH au lieu des GPU détectés.</translation>
    </message>
    <message>
        <source>Parallel compile jobs.</source>
        <translation>Tâches de compilation parallèles.</translation>
    </message>
    <message>
        <source>Where a missing CUDA toolkit comes from: runfile or conda (default: conda in a conda environment on CUDA 12 and newer).</source>
        <translation>D’où vient un toolkit CUDA manquant : runfile ou conda (par défaut : conda dans un environnement conda à partir de CUDA 12).</translation>
    </message>
    <message>
        <source>DISTCC_HOSTS for --launcher distcc (&quot;10.0.0.5/16 10.0.0.6/16&quot;).</source>
        <translation>DISTCC_HOSTS pour --launcher distcc (&quot;10.0.0.5/16 10.0.0.6/16&quot;).</translation>
    </message>
    <message>
        <source>Give exactly one of them.</source>
        <translation>N’en indiquez qu’un seul.</translation>
    </message>
    <message>
        <source>No PyTorch version was named.</source>
        <translation>Aucune version de PyTorch n’a été indiquée.</translation>
    </message>
    <message>
        <source>Name one with --torch (see `dlstack matrix`).</source>
        <translation>Indiquez-en une avec --torch (voir `dlstack matrix`).</translation>
    </message>
    <message>
        <source>No backend given: the default %1 wheels of torch %2.</source>
        <translation>Aucun backend indiqué : les wheels %1 par défaut de torch %2.</translation>
    </message>
    <message>
        <source>Unknown --route %1.</source>
        <translation>--route %1 inconnu.</translation>
    </message>
    <message>
        <source>Use prebuilt or source.</source>
        <translation>Utilisez prebuilt ou source.</translation>
    </message>
    <message>
        <source>--max-jobs needs a positive number, not &quot;%1&quot;.</source>
        <translation>--max-jobs attend un nombre positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown --launcher %1.</source>
        <translation>--launcher %1 inconnu.</translation>
    </message>
    <message>
        <source>Use ccache, sccache or distcc.</source>
        <translation>Utilisez ccache, sccache ou distcc.</translation>
    </message>
    <message>
        <source>Unknown --toolkit-from %1.</source>
        <translation>--toolkit-from %1 inconnu.</translation>
    </message>
    <message>
        <source>Use runfile or conda.</source>
        <translation>Utilisez runfile ou conda.</translation>
    </message>
    <message>
        <source>torch alone, without the torchvision and torchaudio paired with it (installed by default).</source>
        <translation>torch seul, sans les torchvision et torchaudio qui l’accompagnent (installés par défaut).</translation>
    </message>
    <message>
        <source>Read the whole selection from this file (selection.json of an Ansible export) instead of the options above.</source>
        <translation>Lire toute la sélection depuis ce fichier (selection.json d’un export Ansible) au lieu des options ci-dessus.</translation>
    </message>
    <message>
        <source>--selection and --%1 contradict each other.</source>
        <translation>--selection et --%1 se contredisent.</translation>
    </message>
    <message>
        <source>Name the selection either in a file or with options.</source>
        <translation>Indiquez la sélection soit dans un fichier, soit par des options.</translation>
    </message>
    <message>
        <source>%1 is not a selection: %2</source>
        <translation>%1 n’est pas une sélection : %2</translation>
    </message>
    <message>
        <source>Use the selection.json that `dlstack plan --format ansible` wrote.</source>
        <translation>Utilisez le selection.json écrit par `dlstack plan --format ansible`.</translation>
    </message>
    <message>
        <source>PyTorch&apos;s XPU wheels for Intel GPUs (Arc, Data Center GPU Max).</source>
        <translation>Les wheels XPU de PyTorch pour les GPU Intel (Arc, Data Center GPU Max).</translation>
    </message>
    <message>
        <source>--cuda, --rocm, --xpu and --cpu contradict each other.</source>
        <translation>--cuda, --rocm, --xpu et --cpu se contredisent.</translation>
    </message>
    <message>
        <source>Added to torchvision and torchaudio (installed by default): apex, tensorrt, torchtext (torch 2.3 and older), opencv (wheel), opencv-cuda (built with CUDA), test-nn (runs PyTorch&apos;s test/test_nn.py; --route source), or torchvision==V / torchaudio==V; comma separated.</source>
        <translation>En plus de torchvision et torchaudio (installés par défaut) : apex, tensorrt, torchtext (torch 2.3 et plus ancien), opencv (wheel), opencv-cuda (compilé avec CUDA), test-nn (exécute le test/test_nn.py de PyTorch ; --route source), ou torchvision==V / torchaudio==V ; séparés par des virgules.</translation>
    </message>
    <message>
        <source>Compiler cache: ccache, sccache or distcc.</source>
        <translation>Cache du compilateur : ccache, sccache ou distcc.</translation>
    </message>
    <message>
        <source>With --route source: install torch editable from its source tree (pip install -e ., as `python setup.py develop`), so that `dlstack rebuild PREFIX` rebuilds only what an edit changed.</source>
        <translation>Avec --route source : installer torch en mode éditable depuis son arbre source (pip install -e ., comme `python setup.py develop`), pour que `dlstack rebuild PRÉFIXE` ne reconstruise que ce qu’une modification a changé.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>dlstack settings</source>
        <translation>Paramètres de dlstack</translation>
    </message>
    <message>
        <source>Package index mirror</source>
        <translation>Miroir de l’index de paquets</translation>
    </message>
    <message>
        <source>Private package index</source>
        <translation>Index de paquets privé</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>NVIDIA developer account e-mail</source>
        <translation>E-mail du compte développeur NVIDIA</translation>
    </message>
    <message>
        <source>e.g. https://mirror.example.org/pypi/simple</source>
        <translation>p. ex. https://mirror.example.org/pypi/simple</translation>
    </message>
    <message>
        <source>e.g. https://pypi.example.org/simple</source>
        <translation>p. ex. https://pypi.example.org/simple</translation>
    </message>
    <message>
        <source>e.g. http://proxy.example.org:3128</source>
        <translation>p. ex. http://proxy.example.org:3128</translation>
    </message>
    <message>
        <source>Keyring status</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Miroir :</translation>
    </message>
    <message>
        <source>Private &amp;index:</source>
        <translation>&amp;Index privé :</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source>Tokens (kept in the system keyring)</source>
        <translation>Jetons (conservés dans le trousseau du système)</translation>
    </message>
    <message>
        <source>NVIDIA account &amp;e-mail:</source>
        <translation>&amp;E-mail du compte NVIDIA :</translation>
    </message>
    <message>
        <source>Private index &amp;token:</source>
        <translation>&amp;Jeton de l’index privé :</translation>
    </message>
    <message>
        <source>NVIDIA account pass&amp;word:</source>
        <translation>Mot de pa&amp;sse du compte NVIDIA :</translation>
    </message>
    <message>
        <source>&amp;GitHub token:</source>
        <translation>Jeton &amp;GitHub :</translation>
    </message>
    <message>
        <source>Private index token</source>
        <translation>Jeton de l’index privé</translation>
    </message>
    <message>
        <source>NVIDIA developer account password</source>
        <translation>Mot de passe du compte développeur NVIDIA</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Jeton GitHub</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget the %1</source>
        <translation>Oublier : %1</translation>
    </message>
    <message>
        <source>stored in the keyring; leave empty to keep</source>
        <translation>enregistré dans le trousseau ; laissez vide pour le conserver</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Tokens are stored in the system keyring, never in settings files or logs.</source>
        <translation>Les jetons sont enregistrés dans le trousseau du système, jamais dans des fichiers de paramètres ni dans les journaux.</translation>
    </message>
    <message>
        <source>No system keyring is available, so tokens cannot be saved: %1</source>
        <translation>Aucun trousseau système n’est disponible, les jetons ne peuvent donc pas être enregistrés : %1</translation>
    </message>
    <message>
        <source>The token was not saved. %1 %2</source>
        <translation>Le jeton n’a pas été enregistré. %1 %2</translation>
    </message>
</context>
<context>
    <name>SourceRecipe</name>
    <message>
        <source>sccache is not installed: put its release binary on PATH before the build.</source>
        <translation>sccache n&apos;est pas installé : placez son binaire de version dans le PATH avant la compilation.</translation>
    </message>
    <message>
        <source>%1 is not installed; the build needs it:</source>
        <translation>%1 n&apos;est pas installé ; la compilation en a besoin :</translation>
    </message>
    <message>
        <source>No distcc hosts were named: distcc uses DISTCC_HOSTS or ~/.distcc/hosts at build time, and compiles locally when neither lists a host.</source>
        <translation>Aucun hôte distcc n&apos;a été nommé : distcc utilise DISTCC_HOSTS ou ~/.distcc/hosts lors de la compilation, et compile localement quand aucun ne liste d&apos;hôte.</translation>
    </message>
    <message>
        <source>torch %1 predates CMake 4 support: cmake&lt;4 is pinned and CMAKE_POLICY_VERSION_MINIMUM=3.5 set.</source>
        <translation>torch %1 est antérieur à la prise en charge de CMake 4 : cmake&lt;4 est épinglé et CMAKE_POLICY_VERSION_MINIMUM=3.5 défini.</translation>
    </message>
    <message>
        <source>torch is installed editable from %1 (pip install -e ., as `python setup.py develop`): after an edit there, `dlstack rebuild %2` rebuilds only what changed, in the same environment.</source>
        <translation>torch est installé en mode éditable depuis %1 (pip install -e ., comme `python setup.py develop`) : après une modification, `dlstack rebuild %2` ne reconstruit que ce qui a changé, dans le même environnement.</translation>
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
        <translation>CPU &amp;uniquement</translation>
    </message>
    <message>
        <source>Prebuilt &amp;wheels (minutes)</source>
        <translation>&amp;Wheels précompilées (minutes)</translation>
    </message>
    <message>
        <source>Build from &amp;source (hours)</source>
        <translation>Compiler depuis les s&amp;ources (heures)</translation>
    </message>
    <message>
        <source>Use the r&amp;ecommended stack</source>
        <translation>Utiliser la pile r&amp;ecommandée</translation>
    </message>
    <message>
        <source>Choose a stack</source>
        <translation>Choisir une pile</translation>
    </message>
    <message>
        <source>Only combinations from the tested matrix are offered. Greyed-out entries say why they cannot work on this machine.</source>
        <translation>Seules les combinaisons de la matrice testée sont proposées. Les entrées grisées indiquent pourquoi elles ne peuvent pas fonctionner sur cette machine.</translation>
    </message>
    <message>
        <source>PyTorch version</source>
        <translation>Version de PyTorch</translation>
    </message>
    <message>
        <source>Backend version</source>
        <translation>Version du backend</translation>
    </message>
    <message>
        <source>Python version</source>
        <translation>Version de Python</translation>
    </message>
    <message>
        <source>CUDA backend</source>
        <translation>Backend CUDA</translation>
    </message>
    <message>
        <source>ROCm backend</source>
        <translation>Backend ROCm</translation>
    </message>
    <message>
        <source>CPU-only backend</source>
        <translation>Backend CPU uniquement</translation>
    </message>
    <message>
        <source>Install prebuilt wheels</source>
        <translation>Installer des wheels précompilées</translation>
    </message>
    <message>
        <source>Build PyTorch from source</source>
        <translation>Compiler PyTorch depuis les sources</translation>
    </message>
    <message>
        <source>Use the recommended stack</source>
        <translation>Utiliser la pile recommandée</translation>
    </message>
    <message>
        <source>Verdict on the chosen stack</source>
        <translation>Verdict sur la pile choisie</translation>
    </message>
    <message>
        <source>Py&amp;Torch:</source>
        <translation>Py&amp;Torch :</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Backend :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation>P&amp;ython :</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>No stack in the tested matrix fits this machine.</source>
        <translation>Aucune pile de la matrice testée ne convient à cette machine.</translation>
    </message>
    <message>
        <source>PyTorch %1 has no %2 wheels.</source>
        <translation>PyTorch %1 n’a pas de wheels %2.</translation>
    </message>
    <message>
        <source> (PyPI default)</source>
        <translation> (par défaut sur PyPI)</translation>
    </message>
    <message>
        <source>%1 — not possible here: %2</source>
        <translation>%1 — impossible ici : %2</translation>
    </message>
    <message>
        <source>This stack is tested and fits this machine.</source>
        <translation>Cette pile est testée et convient à cette machine.</translation>
    </message>
    <message>
        <source>Pick a version that is not greyed out.</source>
        <translation>Choisissez une version qui n’est pas grisée.</translation>
    </message>
    <message>
        <source>Planning for %1. Only combinations from the tested matrix are offered. Greyed-out entries say why they cannot work on that machine.</source>
        <translation>Planification pour %1. Seules les combinaisons de la matrice testée sont proposées. Les entrées grisées indiquent pourquoi elles ne peuvent pas fonctionner sur cette machine-là.</translation>
    </message>
    <message>
        <source>Recommended: %1. %2</source>
        <translation>Recommandé : %1. %2</translation>
    </message>
    <message>
        <source>This stack is tested and fits that machine.</source>
        <translation>Cette pile est testée et convient à cette machine-là.</translation>
    </message>
    <message>
        <source>Why some backends cannot be chosen</source>
        <translation>Pourquoi certains backends ne peuvent pas être choisis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Intel &amp;XPU</source>
        <translation>Intel &amp;XPU</translation>
    </message>
    <message>
        <source>Intel XPU backend</source>
        <translation>Backend Intel XPU</translation>
    </message>
    <message>
        <source>latest</source>
        <comment>the newest PyTorch release in the tested matrix</comment>
        <translation>la plus récente</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandée</translation>
    </message>
    <message>
        <source>LTS</source>
        <comment>long-term support release</comment>
        <translation>LTS</translation>
    </message>
    <message>
        <source>latest</source>
        <comment>the newest CUDA or ROCm version of a PyTorch release</comment>
        <translation>la plus récente</translation>
    </message>
    <message>
        <source>Or: %1. %2 %3</source>
        <translation>Ou : %1. %2 %3</translation>
    </message>
</context>
<context>
    <name>StageTitle</name>
    <message>
        <source>Use the existing environment %1</source>
        <translation>Utiliser l’environnement existant %1</translation>
    </message>
    <message>
        <source>Python %1 virtual environment</source>
        <translation>Environnement virtuel Python %1</translation>
    </message>
    <message>
        <source>Conda environment with Python %1</source>
        <translation>Environnement conda avec Python %1</translation>
    </message>
    <message>
        <source>gcc %1 for nvcc (installed by you)</source>
        <translation>gcc %1 pour nvcc (installé par vous)</translation>
    </message>
    <message>
        <source>Use gcc %1 for nvcc</source>
        <translation>Utiliser gcc %1 pour nvcc</translation>
    </message>
    <message>
        <source>gcc %1 from conda-forge</source>
        <translation>gcc %1 depuis conda-forge</translation>
    </message>
    <message>
        <source>PyTorch %1 wheels (%2)</source>
        <translation>Wheels PyTorch %1 (%2)</translation>
    </message>
    <message>
        <source>PyTorch %1 from source</source>
        <translation>PyTorch %1 depuis les sources</translation>
    </message>
    <message>
        <source>OpenCV %1 with CUDA from source</source>
        <translation>OpenCV %1 avec CUDA depuis les sources</translation>
    </message>
    <message>
        <source>%1 from source</source>
        <translation>%1 depuis les sources</translation>
    </message>
    <message>
        <source>NVIDIA Apex %1 with C++/CUDA extensions</source>
        <translation>NVIDIA Apex %1 avec les extensions C++/CUDA</translation>
    </message>
    <message>
        <source>OpenCV (opencv-python-headless)</source>
        <translation>OpenCV (opencv-python-headless)</translation>
    </message>
    <message>
        <source>CUDA %1 toolkit from conda-forge</source>
        <translation>Toolkit CUDA %1 depuis conda-forge</translation>
    </message>
    <message>
        <source>CUDA %1 toolkit in the prefix</source>
        <translation>Toolkit CUDA %1 dans le préfixe</translation>
    </message>
    <message>
        <source>cuDNN %1 for CUDA %2</source>
        <translation>cuDNN %1 pour CUDA %2</translation>
    </message>
    <message>
        <source>Activation script and modulefile</source>
        <translation>Script d’activation et modulefile</translation>
    </message>
    <message>
        <source>Verify the installation</source>
        <translation>Vérifier l’installation</translation>
    </message>
    <message>
        <source>Run PyTorch&apos;s test/test_nn.py</source>
        <translation>Exécuter test/test_nn.py de PyTorch</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Étape %1 sur %2 : %3, %4</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Réanalyser</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Save support bundle…</source>
        <translation>Enregistrer un &amp;dossier d’assistance…</translation>
    </message>
    <message>
        <source>Your system</source>
        <translation>Votre système</translation>
    </message>
    <message>
        <source>Green is ready, amber needs a look, red blocks a GPU install. Each line says why.</source>
        <translation>Vert : prêt ; orange : à examiner ; rouge : bloque une installation GPU. Chaque ligne indique pourquoi.</translation>
    </message>
    <message>
        <source>Detected facts</source>
        <translation>Éléments détectés</translation>
    </message>
    <message>
        <source>Detection status</source>
        <translation>État de la détection</translation>
    </message>
    <message>
        <source>Rescan this machine</source>
        <translation>Réanalyser cette machine</translation>
    </message>
    <message>
        <source>Import another machine&apos;s nvidia-smi or collect_env output</source>
        <translation>Importer la sortie nvidia-smi ou collect_env d’une autre machine</translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation>Enregistrer un dossier d’assistance</translation>
    </message>
    <message>
        <source>Detect this machine again.</source>
        <translation>Détecter à nouveau cette machine.</translation>
    </message>
    <message>
        <source>Check someone else&apos;s machine from the text of nvidia-smi, python -m torch.utils.collect_env, nvcc --version, conda info …</source>
        <translation>Vérifier la machine de quelqu’un d’autre à partir du texte de nvidia-smi, python -m torch.utils.collect_env, nvcc --version, conda info …</translation>
    </message>
    <message>
        <source>Save the profile and the raw command outputs to a folder you can send to someone who helps you.</source>
        <translation>Enregistrer le profil et les sorties brutes des commandes dans un dossier que vous pouvez envoyer à la personne qui vous aide.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>Detecting… this takes a few seconds.</source>
        <translation>Détection… cela prend quelques secondes.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n GPU(s), %2 CUDA toolkit(s), %3 Python environment(s).</source>
        <translation>
            <numerusform>%1 : %n GPU, %2 toolkit(s) CUDA, %3 environnement(s) Python.</numerusform>
            <numerusform>%1 : %n GPU, %2 toolkit(s) CUDA, %3 environnement(s) Python.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the texts was recognised. dlstack reads nvidia-smi, nvidia-smi -q, python -m torch.utils.collect_env, nvcc --version, rocminfo and conda info output.</source>
        <translation>Aucun des textes n’a été reconnu. dlstack lit la sortie de nvidia-smi, nvidia-smi -q, python -m torch.utils.collect_env, nvcc --version, rocminfo et conda info.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importé depuis %1</translation>
    </message>
    <message>
        <source>Imported %1; not recognised: %2.</source>
        <translation>%1 importé ; non reconnu : %2.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Import another machine&apos;s output</source>
        <translation>Importer la sortie d’une autre machine</translation>
    </message>
    <message>
        <source>&amp;Paste the output of nvidia-smi, python -m torch.utils.collect_env, nvcc --version or conda info here, or open files:</source>
        <translation>&amp;Collez ici la sortie de nvidia-smi, python -m torch.utils.collect_env, nvcc --version ou conda info, ou ouvrez des fichiers :</translation>
    </message>
    <message>
        <source>Pasted output</source>
        <translation>Sortie collée</translation>
    </message>
    <message>
        <source>&amp;Open files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open command outputs</source>
        <translation>Ouvrir des sorties de commandes</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Folder for the support bundle</source>
        <translation>Dossier du dossier d’assistance</translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation>Dossier d’assistance enregistré dans %1.</translation>
    </message>
    <message>
        <source>Support bundle not saved</source>
        <translation>Dossier d’assistance non enregistré</translation>
    </message>
    <message>
        <source>Planning for %1</source>
        <translation>Planification pour %1</translation>
    </message>
    <message>
        <source>These facts come from another machine&apos;s output. dlstack plans and exports for that machine and installs nothing here.</source>
        <translation>Ces informations proviennent de la sortie d’une autre machine. dlstack planifie et exporte pour cette machine-là et n’installe rien ici.</translation>
    </message>
    <message>
        <source>Add &amp;environment…</source>
        <translation>Ajouter un &amp;environnement…</translation>
    </message>
    <message>
        <source>Add a Python environment from a folder</source>
        <translation>Ajouter un environnement Python depuis un dossier</translation>
    </message>
    <message>
        <source>A venv or conda environment that detection did not find: choose its folder (the one with pyvenv.cfg or conda-meta). The Options page then offers it as an existing environment.</source>
        <translation>Un venv ou un environnement conda que la détection n’a pas trouvé : choisissez son dossier (celui avec pyvenv.cfg ou conda-meta). La page Options le propose ensuite comme environnement existant.</translation>
    </message>
    <message>
        <source>added on the System page</source>
        <translation>ajouté sur la page Système</translation>
    </message>
    <message>
        <source>Added the %1 environment %2.</source>
        <translation>L’environnement %1 %2 a été ajouté.</translation>
    </message>
    <message>
        <source>Added the %1 environment %2 (Python %3).</source>
        <translation>L’environnement %1 %2 (Python %3) a été ajouté.</translation>
    </message>
    <message>
        <source>Folder of a venv or conda environment</source>
        <translation>Dossier d’un venv ou d’un environnement conda</translation>
    </message>
</context>
<context>
    <name>SystemProfile</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not a profile written by `dlstack detect --json` (%2 at byte %3).</source>
        <translation>%1 : ce n’est pas un profil écrit par `dlstack detect --json` (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>This is not a dlstack profile.</source>
        <translation>Ce n’est pas un profil dlstack.</translation>
    </message>
    <message>
        <source>The field &quot;schema&quot; is missing.</source>
        <translation>Le champ &quot;schema&quot; est manquant.</translation>
    </message>
    <message>
        <source>Create a profile with `dlstack detect --json`.</source>
        <translation>Créez un profil avec `dlstack detect --json`.</translation>
    </message>
    <message>
        <source>The profile uses schema %1; this dlstack reads schema %2.</source>
        <translation>Le profil utilise le schéma %1 ; ce dlstack lit le schéma %2.</translation>
    </message>
    <message>
        <source>Update dlstack, or detect the profile again with this version.</source>
        <translation>Mettez dlstack à jour, ou détectez à nouveau le profil avec cette version.</translation>
    </message>
</context>
<context>
    <name>TensorrtRecipe</name>
    <message>
        <source>TensorRT (%1) and torch-tensorrt %2</source>
        <translation>TensorRT (%1) et torch-tensorrt %2</translation>
    </message>
    <message>
        <source>torch-tensorrt %1 is the release for torch %2; it needs TensorRT %3, installed as %4 for CUDA %5 (%6).</source>
        <translation>torch-tensorrt %1 est la version pour torch %2 ; elle nécessite TensorRT %3, installé en tant que %4 pour CUDA %5 (%6).</translation>
    </message>
</context>
<context>
    <name>TestNnRecipe</name>
    <message>
        <source>The test-nn stage runs PyTorch&apos;s own test/test_nn.py from %1 on the result (thousands of tests; a failure fails the stage, which can be retried alone).</source>
        <translation>L&apos;étape test-nn exécute le test/test_nn.py de PyTorch depuis %1 sur le résultat (des milliers de tests ; un échec fait échouer l&apos;étape, qui peut être relancée seule).</translation>
    </message>
</context>
<context>
    <name>ToolPitfall</name>
    <message>
        <source>CMake 4.0 removed compatibility with cmake_minimum_required(VERSION &lt; 3.5); third_party CMakeLists (e.g. protobuf) fail with &apos;Compatibility with CMake &lt; 3.5 has been removed from CMake&apos;</source>
        <extracomment>message of the known problem cmake4_min_version (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>CMake 4.0 a retiré la compatibilité avec cmake_minimum_required(VERSION &lt; 3.5) ; les CMakeLists de third_party (par exemple protobuf) échouent avec &apos;Compatibility with CMake &lt; 3.5 has been removed from CMake&apos;</translation>
    </message>
    <message>
        <source>pip install &apos;cmake&lt;4&apos;</source>
        <extracomment>workaround of the known problem cmake4_min_version (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>pip install &apos;cmake&lt;4&apos;</translation>
    </message>
    <message>
        <source>export CMAKE_POLICY_VERSION_MINIMUM=3.5 (or -DCMAKE_POLICY_VERSION_MINIMUM=3.5)</source>
        <extracomment>workaround of the known problem cmake4_min_version (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>export CMAKE_POLICY_VERSION_MINIMUM=3.5 (ou -DCMAKE_POLICY_VERSION_MINIMUM=3.5)</translation>
    </message>
    <message>
        <source>CMake Error: Error required internal CMake variable not set ... Missing variable is: CMAKE_CUDA_COMPILE_WHOLE_COMPILATION</source>
        <extracomment>message of the known problem cmake_3_23_0_cuda (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>CMake Error: Error required internal CMake variable not set ... Missing variable is: CMAKE_CUDA_COMPILE_WHOLE_COMPILATION</translation>
    </message>
    <message>
        <source>use cmake 3.22.3 (or a later 3.23.x release)</source>
        <extracomment>workaround of the known problem cmake_3_23_0_cuda (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>utilisez cmake 3.22.3 (ou une version 3.23.x ultérieure)</translation>
    </message>
    <message>
        <source>CMake Error at CMakeLists.txt:1 (cmake_minimum_required): CMake 3.18 or higher is required</source>
        <extracomment>message of the known problem cmake_below_project_minimum (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>CMake Error at CMakeLists.txt:1 (cmake_minimum_required): CMake 3.18 or higher is required</translation>
    </message>
    <message>
        <source>CMake&apos;s Ninja generator before 3.13 cannot use files generated by another build step as cmake inputs; PyTorch requires 3.13 with Ninja</source>
        <extracomment>message of the known problem cmake_ninja_below_3_13 (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>Le générateur Ninja de CMake avant 3.13 ne peut pas utiliser comme entrées CMake des fichiers produits par une autre étape de compilation ; PyTorch exige 3.13 avec Ninja</translation>
    </message>
    <message>
        <source>CMake 3.30 and newer together with Ninja were reported to break PyTorch source builds; no matching PyTorch issue or CMake change was found to confirm it</source>
        <extracomment>message of the known problem cmake_3_30_ninja (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>CMake 3.30 et plus récent avec Ninja casseraient des compilations de PyTorch depuis les sources ; aucun ticket PyTorch ni changement de CMake correspondant ne le confirme</translation>
    </message>
    <message>
        <source>if the configure or build step fails, retry with pip install &apos;cmake&lt;3.30&apos;</source>
        <extracomment>workaround of the known problem cmake_3_30_ninja (tools.json, cmake_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>si l&apos;étape de configuration ou de compilation échoue, réessayez avec pip install &apos;cmake&lt;3.30&apos;</translation>
    </message>
    <message>
        <source>#error -- unsupported GNU version! gcc versions later than N are not supported! (crt/host_config.h); torch.utils.cpp_extension refuses the same combinations</source>
        <extracomment>message of the known problem nvcc_host_gcc_too_new (tools.json, compiler_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>#error -- unsupported GNU version! gcc versions later than N are not supported! (crt/host_config.h) ; torch.utils.cpp_extension refuse les mêmes combinaisons</translation>
    </message>
    <message>
        <source>install the newest supported gcc (e.g. gcc-13 for CUDA 12.4) and point CC/CXX/CUDAHOSTCXX at it</source>
        <extracomment>workaround of the known problem nvcc_host_gcc_too_new (tools.json, compiler_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>installez le gcc pris en charge le plus récent (par exemple gcc-13 pour CUDA 12.4) et faites pointer CC/CXX/CUDAHOSTCXX dessus</translation>
    </message>
    <message>
        <source>nvcc -allow-unsupported-compiler only silences the check</source>
        <extracomment>workaround of the known problem nvcc_host_gcc_too_new (tools.json, compiler_pitfalls); keep versions, commands and quoted errors</extracomment>
        <translation>nvcc -allow-unsupported-compiler ne fait que taire la vérification</translation>
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
        <translation>%1 n’a pas indiqué de version.</translation>
    </message>
</context>
<context>
    <name>ToolkitRecipe</name>
    <message>
        <source>ROCm %1 is not installed; it needs root. Install it first:</source>
        <translation>ROCm %1 n&apos;est pas installé ; il faut root pour cela. Installez-le d&apos;abord :</translation>
    </message>
    <message>
        <source>The CUDA %1 runfile is downloaded without a checksum: the matrix records no sha256 for %2.</source>
        <translation>Le runfile de CUDA %1 est téléchargé sans somme de contrôle : la matrice n&apos;enregistre aucun sha256 pour %2.</translation>
    </message>
    <message>
        <source>No cuDNN archive is known for CUDA %1: the build goes on without cuDNN (USE_CUDNN=0).</source>
        <translation>Aucune archive cuDNN n&apos;est connue pour CUDA %1 : la compilation continue sans cuDNN (USE_CUDNN=0).</translation>
    </message>
    <message>
        <source>cuDNN %1 is downloaded without a checksum: the matrix records no sha256 for %2.</source>
        <translation>cuDNN %1 est téléchargé sans somme de contrôle : la matrice n&apos;enregistre aucun sha256 pour %2.</translation>
    </message>
</context>
<context>
    <name>TorchInstall</name>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is not a text file; it was ignored.</source>
        <translation>%1 n’est pas un fichier texte ; il a été ignoré.</translation>
    </message>
    <message>
        <source>%1 points at %2, which does not exist; torch there cannot be imported.</source>
        <translation>%1 pointe vers %2, qui n’existe pas ; torch ne peut pas y être importé.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Check that the prefix is writable.</source>
        <translation>Vérifiez que le préfixe est accessible en écriture.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The install was cancelled.</source>
        <translation>L’installation a été annulée.</translation>
    </message>
    <message>
        <source>Run the install again to continue where it stopped.</source>
        <translation>Relancez l’installation pour reprendre là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>There is no install journal in %1.</source>
        <translation>Il n’y a pas de journal d’installation dans %1.</translation>
    </message>
    <message>
        <source>Check the prefix; only what dlstack installed can be rolled back.</source>
        <translation>Vérifiez le préfixe ; seul ce que dlstack a installé peut être annulé.</translation>
    </message>
    <message>
        <source>The journal has no stage &quot;%1&quot;.</source>
        <translation>Le journal n’a pas d’étape « %1 ».</translation>
    </message>
    <message>
        <source>Run `dlstack status --prefix %1` to see the stages.</source>
        <translation>Lancez `dlstack status --prefix %1` pour voir les étapes.</translation>
    </message>
    <message>
        <source>Could not write the install journal %1.</source>
        <translation>Impossible d’écrire le journal d’installation %1.</translation>
    </message>
    <message>
        <source>Check that the install prefix is writable and the disk is not full.</source>
        <translation>Vérifiez que le préfixe d’installation est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Could not read the install journal %1.</source>
        <translation>Impossible de lire le journal d’installation %1.</translation>
    </message>
    <message>
        <source>Check the permissions of the install prefix.</source>
        <translation>Vérifiez les permissions du préfixe d’installation.</translation>
    </message>
    <message>
        <source>Could not move %1 aside before replacing it.</source>
        <translation>Impossible de mettre %1 de côté avant de le remplacer.</translation>
    </message>
    <message>
        <source>Check the prefix&apos;s permissions.</source>
        <translation>Vérifiez les permissions du préfixe.</translation>
    </message>
    <message>
        <source>%1 is already there with the right checksum.</source>
        <translation>%1 est déjà présent avec la bonne somme de contrôle.</translation>
    </message>
    <message>
        <source>The download needs the secret &quot;%1&quot; but no keyring is available.</source>
        <translation>Le téléchargement nécessite le secret « %1 », mais aucun trousseau n’est disponible.</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Impossible de déplacer le téléchargement vers %1.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>L’archive %1 n’existe pas.</translation>
    </message>
    <message>
        <source>A download step before this one should fetch it; check the plan.</source>
        <translation>Un pas de téléchargement précédent devrait la récupérer ; vérifiez le plan.</translation>
    </message>
    <message>
        <source>Could not move the extracted files to %1.</source>
        <translation>Impossible de déplacer les fichiers extraits vers %1.</translation>
    </message>
    <message>
        <source>Cancelled while running git.</source>
        <translation>Annulé pendant l’exécution de git.</translation>
    </message>
    <message>
        <source>Run the install again to continue.</source>
        <translation>Relancez l’installation pour continuer.</translation>
    </message>
    <message>
        <source>Could not move the clone to %1.</source>
        <translation>Impossible de déplacer le clone vers %1.</translation>
    </message>
    <message>
        <source>%1 is already a repository; fetching.</source>
        <translation>%1 est déjà un dépôt ; récupération (fetch).</translation>
    </message>
    <message>
        <source>The working directory %1 does not exist.</source>
        <translation>Le répertoire de travail %1 n’existe pas.</translation>
    </message>
    <message>
        <source>An earlier step should create it; check the plan&apos;s order.</source>
        <translation>Un pas précédent devrait le créer ; vérifiez l’ordre du plan.</translation>
    </message>
    <message>
        <source>Cancelled while running %1.</source>
        <translation>Annulé pendant l’exécution de %1.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable and the disk is not full.</source>
        <translation>Vérifiez que le préfixe est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>the directory could not be created</source>
        <translation>le répertoire n’a pas pu être créé</translation>
    </message>
    <message>
        <source>Left %1 in place: it is outside the prefix and the cache.</source>
        <translation>%1 laissé en place : il est en dehors du préfixe et du cache.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Check its permissions, then run the rollback again.</source>
        <translation>Vérifiez ses permissions, puis relancez l’annulation.</translation>
    </message>
    <message>
        <source>Running undo command: %1</source>
        <translation>Exécution de la commande d’annulation : %1</translation>
    </message>
    <message>
        <source>The undo command did not succeed (exit %1); continuing.</source>
        <translation>La commande d’annulation a échoué (code %1) ; on continue.</translation>
    </message>
    <message>
        <source>The journal names a backup outside the prefix: %1.</source>
        <translation>Le journal désigne une sauvegarde en dehors du préfixe : %1.</translation>
    </message>
    <message>
        <source>The journal may have been edited; restore the file by hand.</source>
        <translation>Le journal a peut-être été modifié ; restaurez le fichier à la main.</translation>
    </message>
    <message>
        <source>Could not restore %1 from its backup.</source>
        <translation>Impossible de restaurer %1 depuis sa sauvegarde.</translation>
    </message>
    <message>
        <source>The backup is still at %1.</source>
        <translation>La sauvegarde se trouve toujours dans %1.</translation>
    </message>
    <message>
        <source>Check that the file exists, that you may read it and that the disk is not full.</source>
        <translation>Vérifiez que le fichier existe, que vous pouvez le lire et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>The build log %1 could not be created.</source>
        <translation>Le journal de build %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The log %1 could not be opened.</source>
        <translation>Le journal %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Open a log file; a directory, pipe or device cannot be indexed. Save the output to a file first.</source>
        <translation>Ouvrez un fichier journal ; un répertoire, un tube ou un périphérique ne peut pas être indexé. Enregistrez d’abord la sortie dans un fichier.</translation>
    </message>
    <message>
        <source>The log %1 could not be read.</source>
        <translation>Le journal %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The log %1 is read-only.</source>
        <translation>Le journal %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>The build log %1 could not be written.</source>
        <translation>Le journal de build %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: %2. The lines before the damage were read.</source>
        <translation>%1 est tronqué ou endommagé : %2. Les lignes précédant le dommage ont été lues.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Free some disk space in the temporary folder.</source>
        <translation>Libérez de l’espace disque dans le dossier temporaire.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>L’expression régulière n’est pas valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>Escape special characters such as ( [ . * with a backslash.</source>
        <translation>Échappez les caractères spéciaux tels que ( [ . * avec une barre oblique inverse.</translation>
    </message>
    <message>
        <source>The log folder %1 could not be created.</source>
        <translation>Le dossier de journaux %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Check the permissions of the install prefix and the free disk space.</source>
        <translation>Vérifiez les permissions du préfixe d’installation et l’espace disque libre.</translation>
    </message>
    <message>
        <source>There is no stage %1 in this log.</source>
        <translation>Il n’y a pas d’étape %1 dans ce journal.</translation>
    </message>
    <message>
        <source>The log folder %1 does not exist.</source>
        <translation>Le dossier de journaux %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The diagnosis rules in %1 are malformed: %2</source>
        <translation>Les règles de diagnostic dans %1 sont mal formées : %2</translation>
    </message>
    <message>
        <source>Fix the rule file as described in docs/diagnosis-rules.md, or reinstall dlstack.</source>
        <translation>Corrigez le fichier de règles comme décrit dans docs/diagnosis-rules.md, ou réinstallez dlstack.</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be %1</source>
        <translation>&quot;schema&quot; doit valoir %1</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an array</source>
        <translation>&quot;rules&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, règle %2</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>une règle doit être un objet</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string of a-z, 0-9 and _</source>
        <translation>&quot;id&quot; doit être une chaîne composée de a-z, 0-9 et _</translation>
    </message>
    <message>
        <source>rule %1 needs non-empty &quot;title&quot;, &quot;explanation&quot; and &quot;remedy&quot; strings</source>
        <translation>la règle %1 nécessite des chaînes &quot;title&quot;, &quot;explanation&quot; et &quot;remedy&quot; non vides</translation>
    </message>
    <message>
        <source>&quot;weight&quot; of %1 must be an integer from 0 to 100</source>
        <translation>&quot;weight&quot; de %1 doit être un entier de 0 à 100</translation>
    </message>
    <message>
        <source>&quot;patterns&quot; of %1 must be a non-empty array of strings</source>
        <translation>&quot;patterns&quot; de %1 doit être un tableau non vide de chaînes</translation>
    </message>
    <message>
        <source>&quot;exclude&quot; of %1 must be an array of strings</source>
        <translation>&quot;exclude&quot; de %1 doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; of %2 is not a valid regular expression: %3 at character %4</source>
        <translation>le motif « %1 » de %2 n’est pas une expression régulière valide : %3 au caractère %4</translation>
    </message>
    <message>
        <source>&quot;captures&quot; of %1 must be an object</source>
        <translation>&quot;captures&quot; de %1 doit être un objet</translation>
    </message>
    <message>
        <source>capture &quot;%1&quot; of %2 names group %3, which no pattern has</source>
        <translation>la capture « %1 » de %2 désigne le groupe %3, qu’aucun motif ne possède</translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder {%2}</source>
        <translation>%1 utilise l’espace réservé inconnu {%2}</translation>
    </message>
    <message>
        <source>No diagnosis rules were found in %1.</source>
        <translation>Aucune règle de diagnostic n’a été trouvée dans %1.</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the rules are part of the program.</source>
        <translation>Réinstallez dlstack ; les règles font partie du programme.</translation>
    </message>
    <message>
        <source>The rule file %1 could not be read.</source>
        <translation>Le fichier de règles %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>the rule id %1 is used twice</source>
        <translation>l’identifiant de règle %1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>The version matrix file %1 cannot be read: %2</source>
        <translation>Le fichier de matrice de versions %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the data files belong to it.</source>
        <translation>Réinstallez dlstack ; les fichiers de données en font partie.</translation>
    </message>
    <message>
        <source>The version matrix file %1 is invalid at line %2, column %3: %4: %5</source>
        <translation>Le fichier de matrice de versions %1 est invalide à la ligne %2, colonne %3 : %4 : %5</translation>
    </message>
    <message>
        <source>file %1, line %2, column %3, field %4</source>
        <translation>fichier %1, ligne %2, colonne %3, champ %4</translation>
    </message>
    <message>
        <source>Fix the field as described in docs/matrix-format.md, or reinstall dlstack if the file came with it.</source>
        <translation>Corrigez le champ comme décrit dans docs/matrix-format.md, ou réinstallez dlstack si le fichier était fourni avec.</translation>
    </message>
    <message>
        <source>The version matrix file %1 is not valid JSON at line %2, column %3: %4</source>
        <translation>Le fichier de matrice de versions %1 n’est pas un JSON valide à la ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>file %1, byte offset %2</source>
        <translation>fichier %1, décalage %2 octets</translation>
    </message>
    <message>
        <source>Fix the JSON syntax, or reinstall dlstack if the file came with it.</source>
        <translation>Corrigez la syntaxe JSON, ou réinstallez dlstack si le fichier était fourni avec.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>manquant ou pas un nombre</translation>
    </message>
    <message>
        <source>schema %1 is not known to this dlstack (it reads schema %2); a newer dlstack is needed</source>
        <translation>le schéma %1 est inconnu de ce dlstack (il lit le schéma %2) ; un dlstack plus récent est nécessaire</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>chaîne non vide attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version</source>
        <translation>« %1 » n’est pas une version</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>liste de chaînes attendue</translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation>liste non vide attendue</translation>
    </message>
    <message>
        <source>The version matrix file %1 is missing.</source>
        <translation>Le fichier de matrice de versions %1 est manquant.</translation>
    </message>
    <message>
        <source>releases must be listed oldest first, without duplicates</source>
        <translation>les versions doivent être listées de la plus ancienne à la plus récente, sans doublons</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compute capability</source>
        <translation>« %1 » n’est pas une compute capability</translation>
    </message>
    <message>
        <source>a CUDA variant needs its arch list</source>
        <translation>une variante CUDA nécessite sa liste d’architectures</translation>
    </message>
    <message>
        <source>more than one variant is marked default</source>
        <translation>plus d’une variante est marquée par défaut</translation>
    </message>
    <message>
        <source>sm_min %1 is above sm_max %2</source>
        <translation>sm_min %1 est supérieur à sm_max %2</translation>
    </message>
    <message>
        <source>Newest PyTorch whose %1 wheels run on driver %2 and have kernels for %3.</source>
        <translation>PyTorch le plus récent dont les wheels %1 fonctionnent avec le pilote %2 et ont des noyaux pour %3.</translation>
    </message>
    <message>
        <source>Newest PyTorch whose %1 wheels target %2.</source>
        <translation>PyTorch le plus récent dont les wheels %1 ciblent %2.</translation>
    </message>
    <message>
        <source>Older release; its %1 wheels also run here.</source>
        <translation>Version plus ancienne ; ses wheels %1 fonctionnent aussi ici.</translation>
    </message>
    <message>
        <source>Older release; its %1 wheels also target %2.</source>
        <translation>Version plus ancienne ; ses wheels %1 ciblent aussi %2.</translation>
    </message>
    <message>
        <source>No installed Python fits, so a conda environment brings Python %1.</source>
        <translation>Aucun Python installé ne convient ; un environnement conda apporte donc Python %1.</translation>
    </message>
    <message>
        <source>Works after a driver upgrade (see the findings); nothing runs on the current driver.</source>
        <translation>Fonctionne après une mise à jour du pilote (voir les constats) ; rien ne fonctionne avec le pilote actuel.</translation>
    </message>
    <message>
        <source>No GPU was found; the CPU build of the newest PyTorch runs anywhere.</source>
        <translation>Aucun GPU n’a été trouvé ; la build CPU du PyTorch le plus récent fonctionne partout.</translation>
    </message>
    <message>
        <source>No GPU build runs on this machine as it is; the CPU build does.</source>
        <translation>Aucune build GPU ne fonctionne sur cette machine en l’état ; la build CPU, si.</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>depuis les sources</translation>
    </message>
    <message>
        <source>prebuilt wheels</source>
        <translation>wheels précompilées</translation>
    </message>
    <message>
        <source>Unknown route &quot;%1&quot; in the selection.</source>
        <translation>Méthode « %1 » inconnue dans la sélection.</translation>
    </message>
    <message>
        <source>Use prebuilt or source.</source>
        <translation>Utilisez prebuilt ou source.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; in the selection.</source>
        <translation>Backend « %1 » inconnu dans la sélection.</translation>
    </message>
    <message>
        <source>Use cuda, rocm or cpu.</source>
        <translation>Utilisez cuda, rocm ou cpu.</translation>
    </message>
    <message>
        <source>Unknown environment kind &quot;%1&quot;.</source>
        <translation>Type d’environnement « %1 » inconnu.</translation>
    </message>
    <message>
        <source>Use new_venv, new_conda or existing.</source>
        <translation>Utilisez new_venv, new_conda ou existing.</translation>
    </message>
    <message>
        <source>An existing environment was chosen without its path.</source>
        <translation>Un environnement existant a été choisi sans son chemin.</translation>
    </message>
    <message>
        <source>Name the environment&apos;s directory.</source>
        <translation>Indiquez le répertoire de l’environnement.</translation>
    </message>
    <message>
        <source>No PyTorch version was chosen.</source>
        <translation>Aucune version de PyTorch n’a été choisie.</translation>
    </message>
    <message>
        <source>Pick one from `dlstack matrix` (%1 to %2).</source>
        <translation>Choisissez-en une dans `dlstack matrix` (%1 à %2).</translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix (%2 to %3); dlstack does not guess its requirements.</source>
        <translation>PyTorch %1 ne figure pas dans la matrice testée (%2 à %3) ; dlstack ne devine pas ses exigences.</translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation>Choisissez une version listée par `dlstack matrix`.</translation>
    </message>
    <message>
        <source>Both a CUDA and a ROCm version were chosen.</source>
        <translation>Une version de CUDA et une version de ROCm ont toutes deux été choisies.</translation>
    </message>
    <message>
        <source>Pick one backend.</source>
        <translation>Choisissez un seul backend.</translation>
    </message>
    <message>
        <source>No CUDA version was chosen.</source>
        <translation>Aucune version de CUDA n’a été choisie.</translation>
    </message>
    <message>
        <source>Name one, e.g. --cuda 12.4.</source>
        <translation>Indiquez-en une, p. ex. --cuda 12.4.</translation>
    </message>
    <message>
        <source>CUDA %1 is not in the tested matrix (%2 to %3).</source>
        <translation>CUDA %1 ne figure pas dans la matrice testée (%2 à %3).</translation>
    </message>
    <message>
        <source>Pick a CUDA version listed by `dlstack matrix --torch %1`.</source>
        <translation>Choisissez une version de CUDA listée par `dlstack matrix --torch %1`.</translation>
    </message>
    <message>
        <source>ROCm %1 is not in the tested matrix.</source>
        <translation>ROCm %1 ne figure pas dans la matrice testée.</translation>
    </message>
    <message>
        <source>Pick a ROCm version listed by `dlstack matrix --torch %1`.</source>
        <translation>Choisissez une version de ROCm listée par `dlstack matrix --torch %1`.</translation>
    </message>
    <message>
        <source>A CPU-only install was chosen together with a GPU backend version.</source>
        <translation>Une installation CPU uniquement a été choisie avec une version de backend GPU.</translation>
    </message>
    <message>
        <source>Drop --cpu, or drop --cuda/--rocm.</source>
        <translation>Retirez --cpu, ou retirez --cuda/--rocm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Python version.</source>
        <translation>« %1 » n’est pas une version de Python.</translation>
    </message>
    <message>
        <source>Write it like 3.11.</source>
        <translation>Écrivez-la sous la forme 3.11.</translation>
    </message>
    <message>
        <source>MAX_JOBS cannot be negative.</source>
        <translation>MAX_JOBS ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Could not write the download %1.</source>
        <translation>Impossible d’écrire le téléchargement %1.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Le téléchargement de %1 a été annulé.</translation>
    </message>
    <message>
        <source>%1: checksum mismatch (expected %2, got %3)</source>
        <translation>%1 : somme de contrôle incorrecte (attendu %2, obtenu %3)</translation>
    </message>
    <message>
        <source>The downloaded file does not match its sha256 checksum.</source>
        <translation>Le fichier téléchargé ne correspond pas à sa somme de contrôle sha256.</translation>
    </message>
    <message>
        <source>The download failed from every source.</source>
        <translation>Le téléchargement a échoué depuis toutes les sources.</translation>
    </message>
    <message>
        <source>The file was deleted. Check the plan&apos;s sha256 or the mirror.</source>
        <translation>Le fichier a été supprimé. Vérifiez le sha256 du plan ou le miroir.</translation>
    </message>
    <message>
        <source>Check the network or proxy, or put the file into the mirror directory.</source>
        <translation>Vérifiez le réseau ou le proxy, ou placez le fichier dans le répertoire miroir.</translation>
    </message>
    <message>
        <source>The version matrix blocks %1.</source>
        <translation>La matrice de versions bloque %1.</translation>
    </message>
    <message>
        <source>Change the selection as the findings say, or run `dlstack recommend`.</source>
        <translation>Modifiez la sélection comme l’indiquent les constats, ou lancez `dlstack recommend`.</translation>
    </message>
    <message>
        <source>The install prefix must be an absolute path.</source>
        <translation>Le préfixe d’installation doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>Pass --prefix /path/to/prefix.</source>
        <translation>Indiquez --prefix /path/to/prefix.</translation>
    </message>
    <message>
        <source>The matrix does not know torch %1.</source>
        <translation>La matrice ne connaît pas torch %1.</translation>
    </message>
    <message>
        <source>The planner produced a plan the loader rejects.</source>
        <translation>Le planificateur a produit un plan que le chargeur rejette.</translation>
    </message>
    <message>
        <source>Please report this with the selection and profile.</source>
        <translation>Veuillez le signaler avec la sélection et le profil.</translation>
    </message>
    <message>
        <source>No secret named &quot;%1&quot; is stored.</source>
        <translation>Aucun secret nommé « %1 » n’est enregistré.</translation>
    </message>
    <message>
        <source>Store it first, for example with the wizard&apos;s Options page.</source>
        <translation>Enregistrez-le d’abord, par exemple dans la page Options de l’assistant.</translation>
    </message>
    <message>
        <source>The system keyring is not available.</source>
        <translation>Le trousseau du système n’est pas disponible.</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring or KWallet) and unlock it, then try again.</source>
        <translation>Démarrez un Secret Service (gnome-keyring ou KWallet) et déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Free some disk space (or check the prefix&apos;s permissions) and run the install again; the download continues where it stopped.</source>
        <translation>Libérez de l’espace disque (ou vérifiez les permissions du préfixe) et relancez l’installation ; le téléchargement reprend là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>Fetching the submodules again after an interrupted update.</source>
        <translation>Nouvelle récupération des sous-modules après une mise à jour interrompue.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: %2</source>
        <translation>%1 est tronqué ou endommagé : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version comparison like &quot;&gt;=4.0&quot;</source>
        <translation>« %1 » n’est pas une comparaison de versions comme « &gt;=4.0 »</translation>
    </message>
    <message>
        <source>Another dlstack job is running in %1.</source>
        <translation>Une autre tâche dlstack est en cours dans %1.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or stop it first (dlstack-wizard shows it).</source>
        <translation>Attendez qu’elle se termine, ou arrêtez-la d’abord (dlstack-wizard l’affiche).</translation>
    </message>
    <message>
        <source>Removed %1, left by an interrupted git command.</source>
        <translation>%1 supprimé, laissé par une commande git interrompue.</translation>
    </message>
    <message>
        <source>Choose a stack and an install folder first.</source>
        <translation>Choisissez d’abord une pile et un dossier d’installation.</translation>
    </message>
    <message>
        <source>Unknown extra &quot;%1&quot;.</source>
        <translation>Extra inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>distcc hosts were named but the compiler launcher is not distcc.</source>
        <translation>Des hôtes distcc sont indiqués, mais le lanceur du compilateur n’est pas distcc.</translation>
    </message>
    <message>
        <source>Add --launcher distcc, or drop the hosts.</source>
        <translation>Ajoutez --launcher distcc ou retirez les hôtes.</translation>
    </message>
    <message>
        <source>sha256 must be 64 lower-case hex digits, or null</source>
        <translation>sha256 doit compter 64 chiffres hexadécimaux en minuscules, ou valoir null</translation>
    </message>
    <message>
        <source>a cuDNN archive needs a cudnn-linux-x86_64-*_cudaN-archive.tar.xz file and an https URL ending in it</source>
        <translation>une archive cuDNN demande un fichier cudnn-linux-x86_64-*_cudaN-archive.tar.xz et une URL https qui se termine par lui</translation>
    </message>
    <message>
        <source>a Miniforge release looks like 25.3.1-0</source>
        <translation>une version de Miniforge s’écrit comme 25.3.1-0</translation>
    </message>
    <message>
        <source>Unknown toolkit source &quot;%1&quot;.</source>
        <translation>Source de toolkit inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use runfile or conda.</source>
        <translation>Utilisez runfile ou conda.</translation>
    </message>
    <message>
        <source>A CUDA toolkit from conda needs a conda environment.</source>
        <translation>Un toolkit CUDA venant de conda demande un environnement conda.</translation>
    </message>
    <message>
        <source>Choose a new conda environment, or take the toolkit from the runfile.</source>
        <translation>Choisissez un nouvel environnement conda, ou prenez le toolkit depuis le runfile.</translation>
    </message>
    <message>
        <source>The journal&apos;s paths under %1 are now read as paths under %2.</source>
        <translation>Les chemins du journal sous %1 sont désormais lus comme des chemins sous %2.</translation>
    </message>
    <message>
        <source>Process %1 holds the lock on %2.</source>
        <translation>Le processus %1 détient le verrou sur %2.</translation>
    </message>
    <message>
        <source>Another process holds the lock on %1.</source>
        <translation>Un autre processus détient le verrou sur %1.</translation>
    </message>
    <message>
        <source>The file system of %1 does not support file locks; nothing was changed.</source>
        <translation>Le système de fichiers de %1 ne prend pas en charge les verrous de fichier ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>dlstack needs a lock to keep two jobs in one prefix apart. Choose a prefix on a local disk (or an NFS mount with locking enabled).</source>
        <translation>dlstack a besoin d’un verrou pour séparer deux tâches dans un même préfixe. Choisissez un préfixe sur un disque local (ou un montage NFS avec verrouillage).</translation>
    </message>
    <message>
        <source>The install prefix %1 is not a directory.</source>
        <translation>Le préfixe d’installation %1 n’est pas un répertoire.</translation>
    </message>
    <message>
        <source>Check the path, or create the directory first.</source>
        <translation>Vérifiez le chemin, ou créez d’abord le répertoire.</translation>
    </message>
    <message>
        <source>%1 is a copy of the install prefix %2; nothing was changed.</source>
        <translation>%1 est une copie du préfixe d’installation %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The journal in %1 records the files of %2 (both carry install id %3). Resuming or rolling back here would change %2.</source>
        <translation>Le journal de %1 recense les fichiers de %2 (tous deux portent l’identifiant d’installation %3). Reprendre ou annuler ici modifierait %2.</translation>
    </message>
    <message>
        <source>The install prefix was moved from %1 to %2; nothing was changed.</source>
        <translation>Le préfixe d’installation a été déplacé de %1 vers %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Its journal names paths under %1, which no longer holds this install.</source>
        <translation>Son journal désigne des chemins sous %1, qui ne contient plus cette installation.</translation>
    </message>
    <message>
        <source>If you moved it on purpose, run the command again with --reanchor: the journal&apos;s paths under %1 are then read as paths under %2.</source>
        <translation>Si vous l’avez déplacé volontairement, relancez la commande avec --reanchor : les chemins du journal sous %1 seront alors lus comme des chemins sous %2.</translation>
    </message>
    <message>
        <source>%1 is in the way: it is not a plain file.</source>
        <translation>%1 gêne : ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>It is a symbolic link; dlstack would write through it.</source>
        <translation>C’est un lien symbolique ; dlstack écrirait à travers.</translation>
    </message>
    <message>
        <source>dlstack keeps a partial file there. Remove it, then run the install again.</source>
        <translation>dlstack y garde un fichier partiel. Supprimez-le, puis relancez l’installation.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring or KWallet), store the token and run the install again.</source>
        <translation>Démarrez un Secret Service (gnome-keyring ou KWallet), enregistrez le jeton et relancez l’installation.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; for %2 could not be read; nothing was changed.
%3</source>
        <translation>Le secret « %1 » pour %2 n’a pas pu être lu ; rien n’a été modifié.
%3</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; would send a credential over plain http to %2.</source>
        <translation>L’étape « %1 » enverrait un identifiant en http non chiffré à %2.</translation>
    </message>
    <message>
        <source>The plan allows it (&quot;allow_insecure_auth&quot;: true), but anyone on the network path can read an http:// request and the token or password in it. Nothing was changed.</source>
        <translation>Le plan l’autorise (&quot;allow_insecure_auth&quot;: true), mais toute personne sur le chemin réseau peut lire une requête http:// et le jeton ou le mot de passe qu’elle contient. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Run again with --allow-insecure-auth if you accept that, or use an https:// URL.</source>
        <translation>Relancez avec --allow-insecure-auth si vous l’acceptez, ou utilisez une URL https://.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a directory.</source>
        <translation>Impossible d’écrire %1 : c’est un répertoire.</translation>
    </message>
    <message>
        <source>write_file replaces files only; choose another path in the plan.</source>
        <translation>write_file ne remplace que des fichiers ; choisissez un autre chemin dans le plan.</translation>
    </message>
    <message>
        <source>The failure starts at line %1: %2</source>
        <translation>L’échec commence à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Ask for the complete file, or check it with `gzip -t`, `xz -t` or `zstd -t`.</source>
        <translation>Demandez le fichier complet, ou vérifiez-le avec `gzip -t`, `xz -t` ou `zstd -t`.</translation>
    </message>
    <message>
        <source>none (a CPU or ROCm build)</source>
        <translation>aucune (une build CPU ou ROCm)</translation>
    </message>
    <message>
        <source>the patterns cannot be compiled for scanning together: %1</source>
        <translation>les motifs ne peuvent pas être compilés ensemble pour l’analyse : %1</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; of %2 cannot be compiled for scanning, not even as a prefilter: %3</source>
        <translation>le motif « %1 » de %2 ne peut pas être compilé pour l’analyse, pas même comme préfiltre : %3</translation>
    </message>
    <message>
        <source>anchor %1 needs &quot;window&quot;: [lines before, lines after]</source>
        <translation>l’ancre %1 a besoin de &quot;window&quot;: [lignes avant, lignes après]</translation>
    </message>
    <message>
        <source>lookup &quot;%1&quot; of %2 must name one of its captures in &quot;from&quot;</source>
        <translation>la table « %1 » de %2 doit nommer une de ses captures dans &quot;from&quot;</translation>
    </message>
    <message>
        <source>every row of lookup &quot;%1&quot; of %2 needs a &quot;value&quot; string</source>
        <translation>chaque ligne de la table « %1 » de %2 a besoin d’une chaîne &quot;value&quot;</translation>
    </message>
    <message>
        <source>The rule folder %1 does not exist.</source>
        <translation>Le dossier de règles %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Check the path given to --rules.</source>
        <translation>Vérifiez le chemin donné à --rules.</translation>
    </message>
    <message>
        <source>Rule files are JSON of at most 16 MiB.</source>
        <translation>Les fichiers de règles sont du JSON d’au plus 16 Mio.</translation>
    </message>
    <message>
        <source>Stopped reading %1 after %2 MiB; the counts cover the first %2 MiB (%3 lines). Send a shorter excerpt to have all of it read.</source>
        <translation>Lecture de %1 arrêtée après %2 Mio ; les décomptes couvrent les %2 premiers Mio (%3 lignes). Envoyez un extrait plus court pour que tout soit lu.</translation>
    </message>
    <message>
        <source>The path %1 contains the control character U+%2.</source>
        <translation>Le chemin %1 contient le caractère de contrôle U+%2.</translation>
    </message>
    <message>
        <source>Remove it: a path dlstack writes must be printable text.</source>
        <translation>Supprimez-le : un chemin que dlstack écrit doit être du texte imprimable.</translation>
    </message>
    <message>
        <source>The path %1 is outside %2.</source>
        <translation>Le chemin %1 est hors de %2.</translation>
    </message>
    <message>
        <source>Choose a path below one of them.</source>
        <translation>Choisissez un chemin sous l’un d’eux.</translation>
    </message>
    <message>
        <source>The path %1 cannot be used: %2 is not a directory.</source>
        <translation>Le chemin %1 est inutilisable : %2 n’est pas un répertoire.</translation>
    </message>
    <message>
        <source>Remove that file or choose another path.</source>
        <translation>Supprimez ce fichier ou choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>The path %1 leads out of %2.</source>
        <translation>Le chemin %1 sort de %2.</translation>
    </message>
    <message>
        <source>The path %1 leads out of %2 through the symbolic link %3 (-&gt; %4).</source>
        <translation>Le chemin %1 sort de %2 par le lien symbolique %3 (-&gt; %4).</translation>
    </message>
    <message>
        <source>dlstack writes only below %1. Remove or change that link, or choose another path.</source>
        <translation>dlstack n’écrit que sous %1. Supprimez ou modifiez ce lien, ou choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>The path %1 passes through more than %2 symbolic links.</source>
        <translation>Le chemin %1 passe par plus de %2 liens symboliques.</translation>
    </message>
    <message>
        <source>A link probably points at itself; remove it.</source>
        <translation>Un lien pointe probablement sur lui-même ; supprimez-le.</translation>
    </message>
    <message>
        <source>The path %1 is inside %2, which plan steps may not change.</source>
        <translation>Le chemin %1 est dans %2, que les pas du plan ne peuvent pas modifier.</translation>
    </message>
    <message>
        <source>Choose a path outside %1.</source>
        <translation>Choisissez un chemin hors de %1.</translation>
    </message>
    <message>
        <source>The plan could not be kept in the prefix (%1); to resume, give its file again.</source>
        <translation>Le plan n’a pas pu être conservé dans le préfixe (%1) ; pour reprendre, indiquez de nouveau son fichier.</translation>
    </message>
    <message>
        <source>This prefix ran another plan before; it is kept as %1.</source>
        <translation>Ce préfixe a exécuté un autre plan auparavant ; il est conservé sous %1.</translation>
    </message>
    <message>
        <source>The directory %1 could not be created.</source>
        <translation>Le répertoire %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Run dlstack on %1 itself. To keep the copy as plain files, remove %2.</source>
        <translation>Lancez dlstack sur %1 lui-même. Pour garder la copie comme de simples fichiers, supprimez %2.</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;.</source>
        <translation>Événement « %1 » inconnu.</translation>
    </message>
    <message>
        <source>The %1 event has no &quot;%2&quot;.</source>
        <translation>L’événement %1 n’a pas de « %2 ».</translation>
    </message>
    <message>
        <source>The event log %1 could not be opened.</source>
        <translation>Le journal des événements %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Check the permissions of the folder and the free disk space.</source>
        <translation>Vérifiez les permissions du dossier et l’espace disque libre.</translation>
    </message>
    <message>
        <source>The build log %1 could not be opened.</source>
        <translation>Le journal de build %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Remove it; dlstack writes the stage&apos;s log there.</source>
        <translation>Supprimez-le ; dlstack y écrit le journal de l’étape.</translation>
    </message>
    <message>
        <source>The log %1 could not be written.</source>
        <translation>Le journal %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Check the free disk space.</source>
        <translation>Vérifiez l’espace disque libre.</translation>
    </message>
    <message>
        <source>Unknown compiler launcher &quot;%1&quot; in the selection.</source>
        <translation>Lanceur de compilateur « %1 » inconnu dans la sélection.</translation>
    </message>
    <message>
        <source>Use ccache, sccache or distcc.</source>
        <translation>Utilisez ccache, sccache ou distcc.</translation>
    </message>
    <message>
        <source>&quot;outranks&quot; of %1 must be an array of other rules&apos; ids</source>
        <translation>« outranks » de %1 doit être une liste d’identifiants d’autres règles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the arch list is not a CUDA architecture.</source>
        <translation>« %1 » dans la liste d’architectures n’est pas une architecture CUDA.</translation>
    </message>
    <message>
        <source>Write compute capabilities like 8.6 or 9.0+PTX.</source>
        <translation>Écrivez les compute capabilities sous la forme 8.6 ou 9.0+PTX.</translation>
    </message>
    <message>
        <source>CUDA %1 does not know %2 (%3) from the arch list: it compiles for %4 to %5.</source>
        <translation>CUDA %1 ne connaît pas %2 (%3) de la liste d’architectures : il compile pour %4 à %5.</translation>
    </message>
    <message>
        <source>Drop %1 from --arch-list, or pick a CUDA version that still targets it.</source>
        <translation>Retirez %1 de --arch-list, ou choisissez une version de CUDA qui la cible encore.</translation>
    </message>
    <message>
        <source>The install downloads nothing, so it needs no internet connection.</source>
        <translation>L’installation ne télécharge rien et n’a donc pas besoin de connexion Internet.</translation>
    </message>
    <message>
        <source>Every server the install downloads from answers (%1).</source>
        <translation>Tous les serveurs dont l’installation télécharge répondent (%1).</translation>
    </message>
    <message>
        <source> through the proxy %1</source>
        <translation> via le proxy %1</translation>
    </message>
    <message>
        <source>This machine is offline: %1 cannot be reached%2 (%3); download everything on a machine with internet with `dlstack bundle PLAN.json DIR`, copy DIR here and choose it as the offline folder (--offline-folder DIR).</source>
        <translation>Cette machine est hors ligne : %1 est injoignable%2 (%3) ; téléchargez tout sur une machine qui a Internet avec `dlstack bundle PLAN.json DIR`, copiez DIR ici et choisissez-le comme dossier hors ligne (--offline-folder DIR).</translation>
    </message>
    <message>
        <source>%1 cannot be reached%2 (%3), so the stages that download from there will fail; check the network or proxy, or fill an offline folder with `dlstack bundle PLAN.json DIR` and choose it (--offline-folder DIR).</source>
        <translation>%1 est injoignable%2 (%3), donc les étapes qui téléchargent depuis là échoueront ; vérifiez le réseau ou le proxy, ou remplissez un dossier hors ligne avec `dlstack bundle PLAN.json DIR` et choisissez-le (--offline-folder DIR).</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>the proxy answered HTTP %1</source>
        <translation>le proxy a répondu HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2; trying again in %3 s (attempt %4 of %5)</source>
        <translation>%1 : %2 ; nouvel essai dans %3 s (essai %4 sur %5)</translation>
    </message>
    <message>
        <source>%1 is not text (it holds control bytes that no tool output has); nothing was read from it. Send the output as plain text.</source>
        <translation>%1 n’est pas du texte (il contient des octets de contrôle qu’aucune sortie d’outil ne comporte) ; rien n’y a été lu. Envoyez la sortie en texte brut.</translation>
    </message>
    <message>
        <source>%1: no part of it is in a format dlstack reads (collect_env, nvidia-smi, nvcc, rocminfo, rocm-smi, amd-smi, conda info, os-release and the others `dlstack import --help` lists).</source>
        <translation>%1 : aucune partie n’est dans un format que dlstack lit (collect_env, nvidia-smi, nvcc, rocminfo, rocm-smi, amd-smi, conda info, os-release et les autres que liste `dlstack import --help`).</translation>
    </message>
    <message>
        <source>%1 is read as %2 but does not show %3; the text may have been cut short.</source>
        <translation>%1 est lu comme %2 mais n’indique pas %3 ; le texte a peut-être été tronqué.</translation>
    </message>
    <message>
        <source>%1, compute capability from the GPU-name table</source>
        <translation>%1, compute capability d’après la table des noms de GPU</translation>
    </message>
    <message>
        <source>%1, CUDA version from the driver table</source>
        <translation>%1, version de CUDA d’après la table des pilotes</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>a commit is 40 lower-case hex digits</source>
        <translation>un commit se compose de 40 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>Apex ref %1 is listed twice</source>
        <translation>la réf. Apex %1 figure deux fois</translation>
    </message>
    <message>
        <source>expected a non-empty list of strings</source>
        <translation>liste non vide de chaînes attendue</translation>
    </message>
    <message>
        <source>Apex ref %1 is not one of apex_refs</source>
        <translation>la réf. Apex %1 ne fait pas partie de apex_refs</translation>
    </message>
    <message>
        <source>the container&apos;s PyTorch %1 is not a %2.%3 build</source>
        <translation>le PyTorch %1 du conteneur n’est pas un build %2.%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pip version specifier like &quot;&gt;=10.13.0,&lt;10.14.0&quot;</source>
        <translation>&quot;%1&quot; n’est pas un spécificateur de version pip comme &quot;&gt;=10.13.0,&lt;10.14.0&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CUDA major version</source>
        <translation>&quot;%1&quot; n’est pas une version majeure de CUDA</translation>
    </message>
    <message>
        <source>an XPU variant names what the machine needs besides the wheels</source>
        <translation>une variante XPU indique ce dont la machine a besoin en plus des wheels</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>must be cuda, rocm, xpu or cpu, not &quot;%1&quot;</source>
        <translation>doit être cuda, rocm, xpu ou cpu, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An Intel XPU install was chosen together with a CUDA or ROCm version.</source>
        <translation>Une installation Intel XPU a été choisie avec une version de CUDA ou de ROCm.</translation>
    </message>
    <message>
        <source>Drop --xpu, or drop --cuda/--rocm.</source>
        <translation>Retirez --xpu, ou retirez --cuda/--rocm.</translation>
    </message>
    <message>
        <source>dlstack installs PyTorch for Intel GPUs from PyTorch&apos;s XPU wheels only; a source build for XPU (with Intel&apos;s Deep Learning Essentials) is not planned.</source>
        <translation>dlstack installe PyTorch pour les GPU Intel uniquement à partir des wheels XPU de PyTorch ; une compilation depuis les sources pour XPU (avec les Deep Learning Essentials d’Intel) n’est pas prévue.</translation>
    </message>
    <message>
        <source>Use the prebuilt route (--route prebuilt) with --xpu.</source>
        <translation>Utilisez la voie précompilée (--route prebuilt) avec --xpu.</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2 (%3): check the proxy (the Options page&apos;s, or https_proxy, http_proxy and no_proxy), or download everything on a machine with internet with `dlstack bundle PLAN.json DIR`, copy DIR here and choose it as the offline folder (--offline-folder DIR).</source>
        <translation>%1 est injoignable via le proxy %2 (%3) : vérifiez le proxy (celui de la page Options, ou https_proxy, http_proxy et no_proxy), ou téléchargez tout sur une machine avec internet avec `dlstack bundle PLAN.json DIR`, copiez DIR ici et choisissez-le comme dossier hors ligne (--offline-folder DIR).</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>&quot;refines&quot; of %1 must be an array of other rules&apos; ids</source>
        <translation>« refines » de %1 doit être une liste d&apos;identifiants d&apos;autres règles</translation>
    </message>
    <message>
        <source>Newest PyTorch with XPU wheels; they run on the %1 through Level Zero.</source>
        <translation>PyTorch le plus récent avec des wheels XPU ; elles fonctionnent sur la %1 via Level Zero.</translation>
    </message>
    <message>
        <source>Older release; its XPU wheels also run on the %1.</source>
        <translation>Version plus ancienne ; ses wheels XPU fonctionnent aussi sur la %1.</translation>
    </message>
    <message>
        <source>PyTorch %1 publishes no wheel with kernels for %2; built from source with CUDA %3, which still targets it, it runs there.</source>
        <translation>PyTorch %1 ne publie aucune wheel avec des noyaux pour %2 ; compilé depuis les sources avec CUDA %3, qui la prend encore en charge, il y fonctionne.</translation>
    </message>
    <message>
        <source>No installed gcc fits both CUDA %1 (gcc %2 or older) and PyTorch %3, so a conda environment brings conda-forge&apos;s gcc %2.</source>
        <translation>Aucun gcc installé ne convient à la fois à CUDA %1 (gcc %2 ou plus ancien) et à PyTorch %3 ; un environnement conda apporte donc le gcc %2 de conda-forge.</translation>
    </message>
    <message>
        <source>Works on the %1 once Intel&apos;s GPU driver packages (Level Zero and compute-runtime) are installed (see the findings).</source>
        <translation>Fonctionne sur la %1 une fois les paquets de pilote GPU d&apos;Intel (Level Zero et compute-runtime) installés (voir les constats).</translation>
    </message>
    <message>
        <source>Build: CUDA %1 (%2), %3, TORCH_CUDA_ARCH_LIST=%4, MAX_JOBS=%5; %6 in all.</source>
        <translation>Compilation : CUDA %1 (%2), %3, TORCH_CUDA_ARCH_LIST=%4, MAX_JOBS=%5 ; %6 en tout.</translation>
    </message>
    <message>
        <source>No Apex tag goes with PyTorch %1: the matrix records none for any release.</source>
        <translation>Aucun tag d&apos;Apex ne va avec PyTorch %1 : la matrice n&apos;en enregistre pour aucune version.</translation>
    </message>
    <message>
        <source>Drop apex.</source>
        <translation>Retirez apex.</translation>
    </message>
    <message>
        <source>Apex&apos;s tags follow NVIDIA&apos;s PyTorch containers of the same name.</source>
        <translation>Les tags d&apos;Apex suivent les conteneurs PyTorch de NVIDIA du même nom.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1: none for PyTorch %2.</source>
        <translation>%1 : aucun pour PyTorch %2.</translation>
    </message>
    <message>
        <source>Pick PyTorch %1 (Apex %2) or %3 (Apex %4), or drop apex.</source>
        <translation>Choisissez PyTorch %1 (Apex %2) ou %3 (Apex %4), ou retirez apex.</translation>
    </message>
    <message>
        <source>Pick PyTorch %1 (Apex %2), or drop apex.</source>
        <translation>Choisissez PyTorch %1 (Apex %2), ou retirez apex.</translation>
    </message>
    <message>
        <source>No Apex tag goes with PyTorch %1: %2.</source>
        <translation>Aucun tag d&apos;Apex ne va avec PyTorch %1 : %2.</translation>
    </message>
    <message>
        <source>the package for CUDA %1 is named magma-cuda%2</source>
        <translation>le paquet pour CUDA %1 s&apos;appelle magma-cuda%2</translation>
    </message>
    <message>
        <source>Extras are torchvision, torchaudio, torchtext (optionally ==VERSION), apex, tensorrt, opencv, opencv-cuda and test-nn (source builds).</source>
        <translation>Les extras sont torchvision, torchaudio, torchtext (éventuellement ==VERSION), apex, tensorrt, opencv, opencv-cuda et test-nn (compilations depuis les sources).</translation>
    </message>
    <message>
        <source>Nothing of stage %1 was installed in this prefix yet.</source>
        <translation>Rien du stade %1 n’a encore été installé dans ce préfixe.</translation>
    </message>
    <message>
        <source>Install the plan first; rebuild runs its build again after an edit.</source>
        <translation>Installez d’abord le plan ; rebuild relance sa compilation après une modification.</translation>
    </message>
    <message>
        <source>Stage %1 was rolled back: its build is no longer installed.</source>
        <translation>Le stade %1 a été annulé : sa compilation n’est plus installée.</translation>
    </message>
    <message>
        <source>Install it again first: %1</source>
        <translation>Réinstallez-le d’abord : %1</translation>
    </message>
    <message>
        <source>The build of stage %1 has not finished yet (the stage is %2).</source>
        <translation>La compilation du stade %1 n’est pas encore terminée (le stade est %2).</translation>
    </message>
    <message>
        <source>Finish the install first: %1 continues the build where it stopped.</source>
        <translation>Terminez d’abord l’installation : %1 reprend la compilation là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>The plan has no step %1 in stage &quot;%2&quot;.</source>
        <translation>Le plan n’a pas d’étape %1 dans le stade « %2 ».</translation>
    </message>
    <message>
        <source>The rebuild was cancelled.</source>
        <translation>La reconstruction a été annulée.</translation>
    </message>
    <message>
        <source>Run dlstack rebuild again; the build goes on from what it had compiled.</source>
        <translation>Relancez dlstack rebuild ; la compilation reprend à partir de ce qui était déjà compilé.</translation>
    </message>
    <message>
        <source>&quot;develop&quot; in the selection&apos;s build options must be true or false.</source>
        <translation>« develop » dans les options de compilation de la sélection doit valoir true ou false.</translation>
    </message>
    <message>
        <source>Write &quot;develop&quot;: true for an editable source build, or leave it out.</source>
        <translation>Écrivez &quot;develop&quot;: true pour une compilation éditable depuis les sources, ou omettez-le.</translation>
    </message>
    <message>
        <source>A development install (--develop) installs PyTorch editable from its source tree, and prebuilt wheels have no source tree.</source>
        <translation>Une installation de développement (--develop) installe PyTorch en mode éditable depuis son arbre source, et les wheels précompilés n’ont pas d’arbre source.</translation>
    </message>
    <message>
        <source>Add --route source to build PyTorch from source, or drop --develop.</source>
        <translation>Ajoutez --route source pour compiler PyTorch depuis les sources, ou retirez --develop.</translation>
    </message>
    <message>
        <source>a release with a tensorrt pairing cannot also say why it has none</source>
        <translation>une version associée à tensorrt ne peut pas dire aussi pourquoi elle n’en a pas</translation>
    </message>
    <message>
        <source>%1, line %2 is an error message: %3</source>
        <translation>%1, ligne %2 : un message d’erreur : %3</translation>
    </message>
    <message>
        <source>&quot;missing_tools&quot; of %1 must be a non-empty array of program names (letters, digits and _ . + -)</source>
        <translation>&quot;missing_tools&quot; de %1 doit être un tableau non vide de noms de programmes (lettres, chiffres et _ . + -)</translation>
    </message>
    <message>
        <source>progress rule %1 needs &quot;clears&quot;: an array of the causes it clears</source>
        <translation>la règle de progression %1 exige &quot;clears&quot; : une liste des causes qu’elle lève</translation>
    </message>
    <message>
        <source>&quot;role&quot; of %1 must be &quot;cause&quot;, &quot;anchor&quot; or &quot;progress&quot;</source>
        <translation>&quot;role&quot; de %1 doit être &quot;cause&quot;, &quot;anchor&quot; ou &quot;progress&quot;</translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <source>The log holds no verification report.</source>
        <translation>Le journal ne contient aucun rapport de vérification.</translation>
    </message>
    <message>
        <source>The verify stage writes one when it runs to the end; open the log to see where it stopped.</source>
        <translation>L’étape de vérification en écrit un quand elle va jusqu’au bout ; ouvrez le journal pour voir où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>built for CUDA %1</source>
        <translation>compilé pour CUDA %1</translation>
    </message>
    <message>
        <source>built for ROCm (HIP %1)</source>
        <translation>compilé pour ROCm (HIP %1)</translation>
    </message>
    <message>
        <source>built for Intel GPUs (XPU)</source>
        <translation>compilé pour les GPU Intel (XPU)</translation>
    </message>
    <message>
        <source>built for the CPU only</source>
        <translation>compilé pour le CPU seulement</translation>
    </message>
    <message>
        <source>PyTorch %1 imports with Python %2, %3.</source>
        <translation>PyTorch %1 s’importe avec Python %2, %3.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importés : %1.</translation>
    </message>
    <message numerus="yes">
        <source>It sees %n GPU(s) (%1) and computes on each as on the CPU.</source>
        <translation>
            <numerusform>Il voit %n GPU (%1) et y calcule comme sur le CPU.</numerusform>
            <numerusform>Il voit %n GPU (%1) et calcule sur chacun comme sur le CPU.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It sees %n GPU(s) (%1), but not every one computes right.</source>
        <translation>
            <numerusform>Il voit %n GPU (%1), mais il ne calcule pas juste.</numerusform>
            <numerusform>Il voit %n GPU (%1), mais tous ne calculent pas juste.</numerusform>
        </translation>
    </message>
    <message>
        <source>A C++/CUDA extension compiles and runs on the GPU.</source>
        <translation>Une extension C++/CUDA se compile et s’exécute sur le GPU.</translation>
    </message>
    <message>
        <source>A C++ extension compiles and runs.</source>
        <translation>Une extension C++ se compile et s’exécute.</translation>
    </message>
    <message>
        <source>Apex %1 imports; its fused layer norm (CUDA extension) runs forward and backward on the GPU.</source>
        <translation>Apex %1 s’importe ; sa fused layer norm (extension CUDA) s’exécute en avant et en arrière sur le GPU.</translation>
    </message>
    <message>
        <source>Apex %1 imports.</source>
        <translation>Apex %1 s’importe.</translation>
    </message>
    <message>
        <source>torch-tensorrt %1 with TensorRT %2 builds and runs an engine on the GPU.</source>
        <translation>torch-tensorrt %1 avec TensorRT %2 construit un moteur et l’exécute sur le GPU.</translation>
    </message>
    <message>
        <source>torch-tensorrt %1 with TensorRT %2 imports.</source>
        <translation>torch-tensorrt %1 avec TensorRT %2 s’importe.</translation>
    </message>
    <message>
        <source>Everything the plan promised was checked and works.</source>
        <translation>Tout ce que le plan promettait a été vérifié et fonctionne.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to dlstack</source>
        <translation>Bienvenue dans dlstack</translation>
    </message>
    <message>
        <source>A working PyTorch on this machine, from a combination that is known to work.</source>
        <translation>Un PyTorch fonctionnel sur cette machine, issu d’une combinaison connue pour fonctionner.</translation>
    </message>
    <message>
        <source>&lt;p&gt;dlstack will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;look at this machine: GPU, driver, CUDA or ROCm, compilers, Python and existing environments;&lt;/li&gt;&lt;li&gt;offer only PyTorch stacks that are tested to work with what it found, and say why the others are not offered;&lt;/li&gt;&lt;li&gt;install the stack into a new environment, step by step, with a log you can read;&lt;/li&gt;&lt;li&gt;tell you the one command that activates it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing outside the install folder you choose is changed, and every step can be rolled back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;dlstack va :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;examiner cette machine : GPU, pilote, CUDA ou ROCm, compilateurs, Python et environnements existants ;&lt;/li&gt;&lt;li&gt;ne proposer que des piles PyTorch testées pour fonctionner avec ce qu’il a trouvé, et expliquer pourquoi les autres ne sont pas proposées ;&lt;/li&gt;&lt;li&gt;installer la pile dans un nouvel environnement, étape par étape, avec un journal que vous pouvez lire ;&lt;/li&gt;&lt;li&gt;vous indiquer la seule commande qui l’active.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Rien n’est modifié en dehors du dossier d’installation que vous choisissez, et chaque étape peut être annulée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The built-in version matrix could not be read: %1</source>
        <translation>La matrice de versions intégrée n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the install needs:&lt;/b&gt; an internet connection (prebuilt CUDA wheels are about %1 to download, a CUDA toolkit about %2 more, CPU wheels about %3), disk space (about %4 for CUDA wheels, %5 or more for a build from source) and time (minutes for wheels, hours for a build from source). The Review page shows the figures for your choices.&lt;/p&gt;&lt;p&gt;No internet on this machine? Fill an offline folder on one that has it with &lt;code&gt;dlstack bundle&lt;/code&gt; and choose that folder on the Options page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce dont l’installation a besoin :&lt;/b&gt; une connexion Internet (les wheels CUDA précompilées font environ %1 à télécharger, une boîte à outils CUDA environ %2 de plus, les wheels CPU environ %3), de l’espace disque (environ %4 pour les wheels CUDA, %5 ou plus pour une compilation depuis les sources) et du temps (quelques minutes pour les wheels, des heures pour une compilation). La page Vérification donne les chiffres de vos choix.&lt;/p&gt;&lt;p&gt;Pas d’Internet sur cette machine ? Remplissez un dossier hors ligne sur une machine qui en a avec &lt;code&gt;dlstack bundle&lt;/code&gt; et choisissez ce dossier sur la page Options.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WizardMain</name>
    <message>
        <source>An install stopped part-way</source>
        <translation>Une installation s’est arrêtée en cours de route</translation>
    </message>
    <message>
        <source>The install into %1 stopped before it finished. Open it to resume it or to roll stages back?</source>
        <translation>L’installation dans %1 s’est arrêtée avant la fin. L’ouvrir pour la reprendre ou annuler des étapes ?</translation>
    </message>
    <message>
        <source>Usage: dlstack-wizard [--plan FILE | --log FILE]</source>
        <translation>Usage : dlstack-wizard [--plan FICHIER | --log FICHIER]</translation>
    </message>
    <message>
        <source>Set up a deep-learning stack: detect this machine, pick a tested PyTorch stack, install it and see why a build failed.</source>
        <translation>Mettre en place une pile d’apprentissage profond : détecter cette machine, choisir une pile PyTorch testée, l’installer et voir pourquoi une build a échoué.</translation>
    </message>
    <message>
        <source>  --plan FILE   run an existing plan (made by `dlstack plan` or exported by the wizard)</source>
        <translation>  --plan FICHIER  exécuter un plan existant (créé par `dlstack plan` ou exporté par l’assistant)</translation>
    </message>
    <message>
        <source>  --log FILE    open a build log in the log inspector alone</source>
        <translation>  --log FICHIER   ouvrir seulement un journal de build dans l’inspecteur de journaux</translation>
    </message>
    <message>
        <source>  --version     print the version</source>
        <translation>  --version       afficher la version</translation>
    </message>
    <message>
        <source>  -h, --help    print this help</source>
        <translation>  -h, --help      afficher cette aide</translation>
    </message>
    <message>
        <source>The command line `dlstack` does the same without a window: dlstack --help.</source>
        <translation>La ligne de commande `dlstack` fait la même chose sans fenêtre : dlstack --help.</translation>
    </message>
    <message>
        <source>%1 needs a file: dlstack-wizard %1 FILE</source>
        <translation>%1 demande un fichier : dlstack-wizard %1 FICHIER</translation>
    </message>
    <message>
        <source>Unknown option %1. See dlstack-wizard --help.</source>
        <translation>Option %1 inconnue. Voir dlstack-wizard --help.</translation>
    </message>
    <message>
        <source>dlstack-wizard needs a graphical session (no DISPLAY or WAYLAND_DISPLAY is set). Over SSH use `ssh -X`, or use the command line instead: dlstack --help.</source>
        <translation>dlstack-wizard a besoin d’une session graphique (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Par SSH, utilisez `ssh -X`, ou bien la ligne de commande : dlstack --help.</translation>
    </message>
</context>
<context>
    <name>WizardState</name>
    <message>
        <source>driver %1</source>
        <translation>pilote %1</translation>
    </message>
    <message>
        <source>another machine</source>
        <translation>une autre machine</translation>
    </message>
</context>
<context>
    <name>XpuRule</name>
    <message>
        <source>No Intel GPU is in the profile; the XPU wheels are planned for the machine they run on.</source>
        <translation>Le profil ne contient aucun GPU Intel ; les wheels XPU sont planifiées pour la machine sur laquelle elles s’exécutent.</translation>
    </message>
    <message>
        <source>No Intel GPU was found, so PyTorch&apos;s XPU build has nothing to run on.</source>
        <translation>Aucun GPU Intel n’a été trouvé : le build XPU de PyTorch n’a donc rien sur quoi s’exécuter.</translation>
    </message>
    <message>
        <source>Check on the machine with the Intel GPU before installing there.</source>
        <translation>Vérifiez sur la machine dotée du GPU Intel avant d’y installer.</translation>
    </message>
    <message>
        <source>This machine has an NVIDIA GPU: pick a CUDA build (--cuda X.Y).</source>
        <translation>Cette machine a un GPU NVIDIA : choisissez un build CUDA (--cuda X.Y).</translation>
    </message>
    <message>
        <source>This machine has an AMD GPU: pick a ROCm build (--rocm X.Y).</source>
        <translation>Cette machine a un GPU AMD : choisissez un build ROCm (--rocm X.Y).</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu).</source>
        <translation>Choisissez une build CPU uniquement (--cpu).</translation>
    </message>
    <message>
        <source>The %1 needs Intel&apos;s GPU driver in user space for PyTorch&apos;s XPU build, and %2 %3 not found.</source>
        <translation>Le %1 nécessite le pilote GPU d’Intel en espace utilisateur pour le build XPU de PyTorch, et %2 %3.</translation>
    </message>
    <message>
        <source>were</source>
        <translation>sont introuvables</translation>
    </message>
    <message>
        <source>was</source>
        <translation>est introuvable</translation>
    </message>
    <message>
        <source>Install Intel&apos;s GPU driver packages (Level Zero and compute-runtime), then detect again.</source>
        <translation>Installez les paquets du pilote GPU d’Intel (Level Zero et compute-runtime), puis relancez la détection.</translation>
    </message>
    <message>
        <source>Install Intel&apos;s GPU driver packages (Level Zero and compute-runtime) as %1 describes, then detect again.</source>
        <translation>Installez les paquets du pilote GPU d’Intel (Level Zero et compute-runtime) comme %1 le décrit, puis relancez la détection.</translation>
    </message>
    <message>
        <source>Neither the i915 nor the xe kernel module is loaded, so the %1 may not be usable.</source>
        <translation>Ni le module noyau i915 ni xe n’est chargé : le %1 n’est donc peut-être pas utilisable.</translation>
    </message>
    <message>
        <source>Load the module Intel&apos;s driver guide names for this GPU (`sudo modprobe i915` or `sudo modprobe xe`), or install a kernel that has it.</source>
        <translation>Chargez le module que le guide du pilote d’Intel indique pour ce GPU (`sudo modprobe i915` ou `sudo modprobe xe`), ou installez un noyau qui le contient.</translation>
    </message>
    <message>
        <source>PyTorch %1&apos;s XPU wheels also need Intel&apos;s support package for PyTorch (Intel Deep Learning Essentials), with its environment set before torch is imported.</source>
        <translation>Les wheels XPU de PyTorch %1 nécessitent aussi le paquet de prise en charge d’Intel pour PyTorch (Intel Deep Learning Essentials), dont l’environnement doit être défini avant l’import de torch.</translation>
    </message>
    <message>
        <source>Install it and source its setvars.sh as %1 describes, or pick PyTorch 2.6 or newer, whose XPU wheels need the GPU driver only.</source>
        <translation>Installez-le et sourcez son setvars.sh comme %1 le décrit, ou choisissez PyTorch 2.6 ou plus récent, dont les wheels XPU ne nécessitent que le pilote GPU.</translation>
    </message>
    <message>
        <source>The %1 is not a GPU PyTorch&apos;s XPU build is validated on (Arc A- and B-series, Core Ultra with Arc graphics, Data Center GPU Max); torch.xpu may not use it.</source>
        <translation>La %1 n&apos;est pas un GPU sur lequel la version XPU de PyTorch est validée (séries Arc A et B, Core Ultra avec graphiques Arc, Data Center GPU Max) ; torch.xpu risque de ne pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu), or check Intel&apos;s list of supported GPUs first.</source>
        <translation>Choisissez une version CPU seule (--cpu), ou vérifiez d&apos;abord la liste des GPU pris en charge par Intel.</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu), or check the GPU against %1 first.</source>
        <translation>Choisissez une version CPU seule (--cpu), ou vérifiez d&apos;abord le GPU dans %1.</translation>
    </message>
</context>
<context>
    <name>XpuSmiParser</name>
    <message>
        <source>xpu-smi lists a GPU in the state &quot;%1&quot;: it cannot run work until that is resolved (for survivability mode, xpu-smi&apos;s Recovery Action row says what to do, usually a firmware update).</source>
        <translation>xpu-smi indique un GPU dans l&apos;état « %1 » : il ne peut exécuter aucun travail tant que ce n&apos;est pas résolu (en mode survivability, la ligne Recovery Action de xpu-smi dit quoi faire, en général une mise à jour du micrologiciel).</translation>
    </message>
    <message>
        <source>xpu-smi found no GPU: the xe or i915 driver has not taken the card, or Level Zero&apos;s GPU driver (libze-intel-gpu1) is missing.</source>
        <translation>xpu-smi n&apos;a trouvé aucun GPU : le pilote xe ou i915 n&apos;a pas pris la carte, ou le pilote GPU de Level Zero (libze-intel-gpu1) manque.</translation>
    </message>
</context>
</TS>
