import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TrainerProgress","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/TrainerProgress.md","filePath":"api/onnx-training/interfaces/TrainerProgress.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/TrainerProgress.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / TrainerProgress</p><h1 id="interface-trainerprogress" tabindex="-1">Interface: TrainerProgress <a class="header-anchor" href="#interface-trainerprogress" aria-label="Permalink to &quot;Interface: TrainerProgress&quot;">​</a></h1><p>Position of training, saved in checkpoints.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="batchinepoch" tabindex="-1">batchInEpoch <a class="header-anchor" href="#batchinepoch" aria-label="Permalink to &quot;batchInEpoch&quot;">​</a></h3><blockquote><p><strong>batchInEpoch</strong>: <code>number</code></p></blockquote><p>Updates done in the current (unfinished) epoch; a resumed <code>fit</code> skips that many batches.</p><hr><h3 id="epoch" tabindex="-1">epoch <a class="header-anchor" href="#epoch" aria-label="Permalink to &quot;epoch&quot;">​</a></h3><blockquote><p><strong>epoch</strong>: <code>number</code></p></blockquote><hr><h3 id="epochlosssum" tabindex="-1">epochLossSum <a class="header-anchor" href="#epochlosssum" aria-label="Permalink to &quot;epochLossSum&quot;">​</a></h3><blockquote><p><strong>epochLossSum</strong>: <code>number</code></p></blockquote><p>Sum of this epoch&#39;s batch losses, so a resumed epoch reports the same mean loss.</p><hr><h3 id="globalstep" tabindex="-1">globalStep <a class="header-anchor" href="#globalstep" aria-label="Permalink to &quot;globalStep&quot;">​</a></h3><blockquote><p><strong>globalStep</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/TrainerProgress.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TrainerProgress = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TrainerProgress as default
};
