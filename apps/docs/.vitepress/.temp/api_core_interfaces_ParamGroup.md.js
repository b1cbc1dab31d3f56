import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ParamGroup","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/ParamGroup.md","filePath":"api/core/interfaces/ParamGroup.md"}');
const _sfc_main = { name: "api/core/interfaces/ParamGroup.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / ParamGroup</p><h1 id="interface-paramgroup" tabindex="-1">Interface: ParamGroup <a class="header-anchor" href="#interface-paramgroup" aria-label="Permalink to &quot;Interface: ParamGroup&quot;">​</a></h1><p>One param group of an optimizer: a plain object whose <code>lr</code> the scheduler writes and the optimizer reads at its next update. <code>momentum</code> (SGD-style) or <code>betas</code> (Adam-style, beta1 is cycled) are written only by schedulers that cycle momentum (CyclicLR, OneCycleLR). <code>initialLr</code> is recorded by the first scheduler attached, as PyTorch records <code>initial_lr</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="betas" tabindex="-1">betas? <a class="header-anchor" href="#betas" aria-label="Permalink to &quot;betas?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>betas?</strong>: readonly [<code>number</code>, <code>number</code>]</p></blockquote><hr><h3 id="initiallr" tabindex="-1">initialLr? <a class="header-anchor" href="#initiallr" aria-label="Permalink to &quot;initialLr?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>initialLr?</strong>: <code>number</code></p></blockquote><hr><h3 id="lr" tabindex="-1">lr <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr&quot;">​</a></h3><blockquote><p><strong>lr</strong>: <code>number</code></p></blockquote><hr><h3 id="momentum" tabindex="-1">momentum? <a class="header-anchor" href="#momentum" aria-label="Permalink to &quot;momentum?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>momentum?</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/ParamGroup.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ParamGroup = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ParamGroup as default
};
