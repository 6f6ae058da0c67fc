/**
 * The public pages' one style block (named by hash in their policy). The marks use the app's
 * colours and its non-colour cues: claims a straight underline, figures a double one, denials a
 * wavy one. Readable on a phone; printing drops nothing but the colours' backgrounds.
 */
export const PUBLIC_STYLE = `
:root{--ink:#1c1e21;--muted:#5b6068;--line:#d9dce1;--paper:#fff;--accent:#1f5f8b}
*{box-sizing:border-box}
body{margin:0;background:#f6f6f3;color:var(--ink);font:17px/1.6 Georgia,"DejaVu Serif",serif}
header.desk{display:flex;align-items:center;gap:10px;padding:12px 20px;background:var(--paper);border-bottom:1px solid var(--line);font:700 16px/1.2 system-ui,"DejaVu Sans",sans-serif}
main{max-width:46rem;margin:0 auto;padding:20px}
h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .4rem}
h2{font:700 1.25rem/1.3 system-ui,"DejaVu Sans",sans-serif;margin-top:2.2rem;border-top:1px solid var(--line);padding-top:1rem}
h3{font-size:1.15rem}h4{font:700 .9rem system-ui,sans-serif;margin:.8rem 0 .2rem}
a{color:var(--accent)}
.eyebrow{font:700 .8rem system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0}
.meta,.byline,.muted,.legend{color:var(--muted);font:14px/1.5 system-ui,"DejaVu Sans",sans-serif}
.items{list-style:none;padding:0;display:grid;gap:14px}
.item{background:var(--paper);border:1px solid var(--line);border-left:5px solid var(--muted);border-radius:8px;padding:12px 16px}
.item.claim{border-left-color:#1d4ed8}.item.figure{border-left-color:#92400e}.item.denial{border-left-color:#9d174d}
.item:target{outline:3px solid #f2b632}
.kind{font:700 .85rem system-ui,sans-serif;margin:0;color:var(--muted)}
.quote{margin:.3rem 0;font-size:1.1rem;font-style:italic}
.quote .context{color:var(--muted)}
.cite{font:14px/1.5 system-ui,"DejaVu Sans",sans-serif;margin:.2rem 0;color:var(--muted)}
.verdict{font:1rem system-ui,"DejaVu Sans",sans-serif;margin:.3rem 0}
.sources{padding-left:1.1rem;font:15px/1.5 system-ui,"DejaVu Sans",sans-serif}
.sources blockquote{margin:.2rem 0;color:var(--muted)}
.relation{font-weight:700}
.text p{margin:0 0 .9rem}
.mark.claim{background:rgba(37,99,235,.12);text-decoration:underline solid #1d4ed8 2px;text-underline-offset:3px}
.mark.figure{background:rgba(217,119,6,.18);text-decoration:underline double #92400e 1.5px;text-underline-offset:5px}
.mark.denial{background:rgba(190,24,93,.12);text-decoration:underline wavy #9d174d 1.5px;text-underline-offset:8px}
sup a{font:700 .7rem system-ui,sans-serif;text-decoration:none;padding:0 2px}
.ledger,.corrections{padding-left:1.2rem}
footer{max-width:46rem;margin:2rem auto;padding:0 20px;color:var(--muted);font:14px system-ui,sans-serif}
body.embed{background:transparent}
.card-embed{background:var(--paper);border:1px solid var(--line);border-left:5px solid #1d4ed8;border-radius:8px;padding:12px 16px;max-width:36rem}
@media (max-width:600px){body{font-size:16px}main{padding:12px}h1{font-size:1.5rem}}
@media print{body{background:#fff}header.desk{border:0}.item{break-inside:avoid}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;color:var(--muted)}}
`.trim();
