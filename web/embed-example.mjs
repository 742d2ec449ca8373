// The examples on embed.html: the custom element, and the CMS preview highlighter on a pane of the page.
import './article-analyser-element.mjs';
import {highlightPreview} from './cms-preview.mjs';

let preview = null;
const status = document.getElementById('cms-status');
document.getElementById('cms-run').addEventListener('click', async () => {
  preview?.dispose();
  preview = await highlightPreview('#cms-preview', {watch: true});
  const [r] = preview.results;
  status.textContent = `${r.entities.length} entities, ${r.quotes.length} quotes, ${r.sentences.length} sentences.`;
  document.body.dataset.preview = 'done';
});
document.getElementById('cms-clear').addEventListener('click', () => {
  preview?.dispose();
  preview = null;
  status.textContent = 'Cleared.';
});
