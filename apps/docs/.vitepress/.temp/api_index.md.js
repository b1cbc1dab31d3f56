import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"API reference","description":"","frontmatter":{},"headers":[],"relativePath":"api/index.md","filePath":"api/index.md"}');
const _sfc_main = { name: "api/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="api-reference" tabindex="-1">API reference <a class="header-anchor" href="#api-reference" aria-label="Permalink to &quot;API reference&quot;">​</a></h1><p>Generated from the TSDoc comments of every public export.</p><ul><li><a href="./core/">@lrkit/core</a>: Learning-rate schedules for JavaScript with PyTorch&#39;s exact numbers: every torch.optim.lr_scheduler, closed forms, specs and a runner.</li><li><a href="./tfjs/">@lrkit/tfjs</a>: Learning-rate schedules for TensorFlow.js: every tf.train optimizer driven by @lrkit/core, per-layer param groups, model.fit callbacks (scheduler, ReduceLROnPlateau) and exact save/resume.</li><li><a href="./onnx-training/">@lrkit/onnx-training</a>: Scheduled training on onnxruntime-node: optimizer-step graphs (SGD, Adam, AdamW) with the learning rate as a runtime input driven by @lrkit/core schedulers, an MLP graph builder, a trainer and checkpoints.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
