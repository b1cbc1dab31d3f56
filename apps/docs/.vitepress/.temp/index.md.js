import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse(`{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"lrkit","text":"Learning-rate schedules for JavaScript","tagline":"Every torch.optim.lr_scheduler with PyTorch's exact numbers, on every JS training runtime.","actions":[{"theme":"brand","text":"Get started","link":"/guide/getting-started"},{"theme":"alt","text":"See every curve","link":"/gallery/"},{"theme":"alt","text":"Porting from PyTorch","link":"/guide/from-pytorch"}]},"features":[{"title":"PyTorch's numbers, not approximations","details":"Every scheduler matches PyTorch's traces to a relative error of 1e-10, recursive quirks included, so a Python config ports verbatim with fromTorch."},{"title":"Any optimizer","details":"A hand-written optimizer, TensorFlow.js or onnxruntime-node training. An optimizer is anything with paramGroups carrying an lr."},{"title":"Checkpoints that restore","details":"Scheduler state is plain, versioned JSON. Save it beside the weights and resume on the exact step."},{"title":"Closed forms and specs","details":"Warmups, cosines, restarts and library presets as pure functions of the step, described by versioned JSON specs."}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}`);
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
