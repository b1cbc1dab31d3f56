import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EpochLog","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/EpochLog.md","filePath":"api/onnx-training/interfaces/EpochLog.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/EpochLog.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / EpochLog</p><h1 id="interface-epochlog" tabindex="-1">Interface: EpochLog <a class="header-anchor" href="#interface-epochlog" aria-label="Permalink to &quot;Interface: EpochLog&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="epoch" tabindex="-1">epoch <a class="header-anchor" href="#epoch" aria-label="Permalink to &quot;epoch&quot;">​</a></h3><blockquote><p><strong>epoch</strong>: <code>number</code></p></blockquote><p>1-based number of the epoch that ended.</p><hr><h3 id="loss" tabindex="-1">loss <a class="header-anchor" href="#loss" aria-label="Permalink to &quot;loss&quot;">​</a></h3><blockquote><p><strong>loss</strong>: <code>number</code></p></blockquote><p>Mean training loss of the epoch&#39;s batches.</p><hr><h3 id="lr" tabindex="-1">lr <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr&quot;">​</a></h3><blockquote><p><strong>lr</strong>: <code>number</code>[]</p></blockquote><p>The groups&#39; lr after the epoch&#39;s hooks ran (what the next epoch starts with).</p><hr><h3 id="val-loss" tabindex="-1">val_loss? <a class="header-anchor" href="#val-loss" aria-label="Permalink to &quot;val\\_loss?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>val_loss?</strong>: <code>number</code></p></blockquote><p>Mean eval-model loss over the validation batches, when given.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/EpochLog.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EpochLog = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EpochLog as default
};
