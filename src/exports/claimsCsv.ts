/** /claims.csv in `astro dev` (src/exports/siteExport.ts). */
import type { APIRoute } from 'astro';
import { serveSiteExport } from './siteExport.ts';

export const GET: APIRoute = () => serveSiteExport('claims.csv');
