import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/**
 * Flags every browser test launches Chromium with: as root it needs `--no-sandbox`, and on a machine
 * without internet its background connections would only be refused, so they are switched off.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** Where Debian and Ubuntu put their Chromium, in the order they are tried. */
export const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
];

/** What `findChromium` looks at; tests replace each part to try every case. */
export interface ChromiumSearch {
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
  /** The executable Playwright would download for itself, whether or not it is there. */
  bundledPath: () => string | undefined;
}

const defaultSearch: ChromiumSearch = {
  env: process.env,
  exists: existsSync,
  bundledPath: () => {
    // Playwright throws here when it knows no build for this platform; that only means there is none.
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
};

/**
 * The Chromium executable browser tests use: `CHROMIUM_PATH`, else the system's Chromium, else
 * Playwright's own download; `undefined` when none is installed. Throws when `CHROMIUM_PATH` names a
 * file that is not there, because silently testing with another browser would hide the mistake.
 */
export function findChromium(search: Partial<ChromiumSearch> = {}): string | undefined {
  const { env, exists, bundledPath } = { ...defaultSearch, ...search };
  const chosen = env["CHROMIUM_PATH"];
  if (chosen) {
    if (!exists(chosen)) {
      throw new Error(
        `CHROMIUM_PATH: no file at "${chosen}"; expected the path of a Chromium executable, or leave it unset`,
      );
    }
    return chosen;
  }
  const system = SYSTEM_CHROMIUM_PATHS.find((file) => exists(file));
  if (system) return system;
  const bundled = bundledPath();
  return bundled && exists(bundled) ? bundled : undefined;
}

/** One command of an install plan, with the sentence printed before it runs. */
export interface InstallStep {
  says: string;
  command: string;
  args: string[];
  env: Record<string, string>;
}

/** What the machine offers for installing a browser. */
export interface InstallHost {
  isRoot: boolean;
  hasAptGet: boolean;
  /** The Node.js running this script, which runs the project's own Playwright CLI. */
  nodePath: string;
  /** The project's Playwright CLI (`@playwright/test/cli`). */
  playwrightCli: string;
}

/**
 * How to install Chromium here: Debian's package where apt-get can be run as root (the only kind that
 * installs on a machine reaching just the package registries), else Playwright's own download.
 */
export function chromiumInstallPlan(host: InstallHost): InstallStep[] {
  if (host.isRoot && host.hasAptGet) {
    return [
      { says: "Updating Debian's package lists", command: "apt-get", args: ["update"], env: {} },
      {
        says: "Installing Debian's chromium package",
        command: "apt-get",
        args: ["install", "-y", "chromium"],
        // CI has no terminal to answer a package's configuration questions.
        env: { DEBIAN_FRONTEND: "noninteractive" },
      },
    ];
  }
  return [
    {
      says: "Downloading Playwright's own Chromium (npx playwright install chromium)",
      command: host.nodePath,
      args: [host.playwrightCli, "install", "chromium"],
      env: {},
    },
  ];
}
