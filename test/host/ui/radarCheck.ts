import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { DEMO_WORKSPACE } from '../paths';
import { useTheme } from './compareCheck';
import { runFromPalette, webviewFrame } from './workbenchActions';

/** A team radar as a platform team might write it; express, mongoose and NestJS are the demo's own. */
const TEAM_FILE = {
    name: 'Acme platform radar',
    radar: [
        { entry: 'nodejs', ring: 'adopt', note: 'The runtime for every new service.' },
        { entry: 'typescript', ring: 'adopt', since: '2023' },
        { entry: 'nestjs', ring: 'adopt', note: 'For services with more than a handful of routes.', since: '2024-03' },
        { entry: 'django', ring: 'adopt' },
        { package: 'npm:express', ring: 'trial', note: 'Fine for small services; prefer NestJS beyond that.' },
        { package: 'npm:fastify', ring: 'trial' },
        { package: 'pypi:ruff', ring: 'trial', note: 'Replacing flake8 and isort.' },
        { package: 'npm:mongoose', ring: 'assess', note: 'Only where a document store is the right fit.' },
        { package: 'npm:@acme/*', ring: 'assess', note: 'Our internal packages.' },
        { package: 'npm:moment', ring: 'hold', note: 'Use date-fns for new code.', since: '2025-06' },
        { package: 'pypi:nose', ring: 'hold', note: 'Use pytest.' },
        { package: 'npm:request', ring: 'hold', note: 'Deprecated: use fetch.' },
    ],
};

const EXPECTED_DOTS: Record<string, number> = { adopt: 4, trial: 3, assess: 2, hold: 3 };

async function radarFrame(page: Page): Promise<Frame> {
    return webviewFrame(page, 'svg .dot', 90_000);
}

/**
 * Writes a team file into the demo folder, opens the radar from the palette, reads the picture
 * and the table inside the webview, focuses a dot with the keyboard to see its note, takes the
 * README's pictures in the light and dark themes, reloads the window to see the radar restored
 * with the view the user chose, and opens an entry's page from a dot. The team file is removed afterwards.
 */
export async function checkTeamRadar(page: Page, screenshotDir: string): Promise<void> {
    const folder = path.join(DEMO_WORKSPACE, '.vscode');
    const created = !existsSync(folder);
    mkdirSync(folder, { recursive: true });
    if (created) {
        // A file written together with its new folder can escape the workbench's file watcher:
        // let the watcher see the folder first, as it would when a user creates one.
        await page.waitForTimeout(3_000);
    }
    writeFileSync(path.join(folder, 'stack-guide.json'), JSON.stringify(TEAM_FILE, null, 2));
    try {
        await runFromPalette(page, 'Stack Guide: Show Team Radar');
        let frame = await radarFrame(page);
        await frame.waitForFunction((count) => document.querySelectorAll('svg .dot').length === count, TEAM_FILE.radar.length);
        for (const [ring, count] of Object.entries(EXPECTED_DOTS)) {
            assert.equal(await frame.locator(`svg .dot[data-ring="${ring}"]`).count(), count, `dots in ${ring}`);
        }
        assert.equal(await frame.locator('#radar-table tbody tr').count(), TEAM_FILE.radar.length);
        // express, mongoose and NestJS are the demo's own dependencies.
        await frame.waitForFunction(() => document.querySelectorAll('svg .dot.used').length >= 3);

        await frame.locator('svg .dot').first().focus();
        const detail = frame.locator('.detail:not([hidden])');
        assert.equal(await detail.count(), 1, 'focusing a dot shows its note');
        await page.locator('.part.editor').screenshot({ path: path.join(screenshotDir, 'radar-light.png') });

        await useTheme(page, 'Dark Modern');
        await page.locator('.part.editor').screenshot({ path: path.join(screenshotDir, 'radar-dark.png') });

        // A theme change does not redraw the page, but a late watcher event could: find the frame again.
        frame = await radarFrame(page);
        await frame.locator('#toggle-table').click();
        assert.equal(await frame.locator('#radar-picture').isHidden(), true, 'the table replaces the picture');
        assert.equal(await frame.locator('#radar-table').isVisible(), true);
        await useTheme(page, 'Light Modern');

        // A window reload brings the radar back, still showing the table the user chose.
        await runFromPalette(page, 'Developer: Reload Window');
        await page.waitForEvent('load');
        // The restored radar may draw twice (the picture, then the workspace's marks): wait for the marks.
        frame = await webviewFrame(page, 'svg .dot.used', 90_000);
        await frame.waitForFunction(() => document.getElementById('radar-picture')?.hidden === true);
        assert.equal(await frame.locator('#radar-table').isVisible(), true, 'the restored radar keeps the table view');

        // The first dot is Node.js (adopt, languages): its note offers the entry's page.
        await frame.locator('#toggle-table').click();
        await frame.locator('svg .dot').first().focus();
        await frame.locator('#detail-0 .open-entry').click();
        await page.locator('.tabs-container .tab', { hasText: 'Node.js' }).waitFor({ timeout: 30_000 });
        // The page takes the focus once it has loaded: let it, so the next check's palette stays open.
        await webviewFrame(page, '.facts', 60_000);
        await page.waitForTimeout(1_000);
    } finally {
        rmSync(created ? folder : path.join(folder, 'stack-guide.json'), { recursive: true, force: true });
    }
}
