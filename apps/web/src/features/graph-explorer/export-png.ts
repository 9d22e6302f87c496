import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from './types';

/**
 * Saves the current view as a PNG. Sigma draws on several stacked canvases (edges and nodes
 * in WebGL, labels and hovers in 2D); they are composed onto one white canvas right after a
 * synchronous render, while the WebGL buffers still hold the frame.
 */
export function exportPng(renderer: Sigma<NodeAttrs, EdgeAttrs>, fileName: string): void {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  const canvases = renderer.getCanvases();
  for (const layer of ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes']) {
    const canvas = canvases[layer];
    if (canvas) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  out.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, 'image/png');
}
