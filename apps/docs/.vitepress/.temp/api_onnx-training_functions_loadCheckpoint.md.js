import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: loadCheckpoint()","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/functions/loadCheckpoint.md","filePath":"api/onnx-training/functions/loadCheckpoint.md"}');
const _sfc_main = { name: "api/onnx-training/functions/loadCheckpoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / loadCheckpoint</p><h1 id="function-loadcheckpoint" tabindex="-1">Function: loadCheckpoint() <a class="header-anchor" href="#function-loadcheckpoint" aria-label="Permalink to &quot;Function: loadCheckpoint()&quot;">​</a></h1><blockquote><p><strong>loadCheckpoint</strong>&lt;<code>G</code>&gt;(<code>path</code>, <code>trainer</code>): <code>Promise</code>&lt;<a href="./../interfaces/TrainerCheckpoint"><code>TrainerCheckpoint</code></a>&gt;</p></blockquote><p>Reads a checkpoint file and restores it; returns the checkpoint (for its metadata).</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="g" tabindex="-1">G <a class="header-anchor" href="#g" aria-label="Permalink to &quot;G&quot;">​</a></h3><p><code>G</code> <em>extends</em> <a href="./../interfaces/OnnxParamGroup"><code>OnnxParamGroup</code></a></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><p><code>string</code></p><h3 id="trainer" tabindex="-1">trainer <a class="header-anchor" href="#trainer" aria-label="Permalink to &quot;trainer&quot;">​</a></h3><p><a href="./../classes/Trainer"><code>Trainer</code></a>&lt;<code>G</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/TrainerCheckpoint"><code>TrainerCheckpoint</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/functions/loadCheckpoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const loadCheckpoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  loadCheckpoint as default
};
