/** `/status.css`: the colours and icons of the six statuses (src/schemas/status-looks.ts), linked from every page. */
import type { APIRoute } from 'astro';
import { STATUS_CSS } from '../schemas/status-looks.ts';

export const GET: APIRoute = () => new Response(STATUS_CSS + '\n', { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
