import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VariableHandle","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/VariableHandle.md","filePath":"api/tfjs/interfaces/VariableHandle.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/VariableHandle.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / VariableHandle</p><h1 id="interface-variablehandle" tabindex="-1">Interface: VariableHandle <a class="header-anchor" href="#interface-variablehandle" aria-label="Permalink to &quot;Interface: VariableHandle&quot;">​</a></h1><p>A <code>tf.LayerVariable</code> (or anything whose <code>read()</code> gives the underlying tf.Variable).</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="read" tabindex="-1">read() <a class="header-anchor" href="#read" aria-label="Permalink to &quot;read()&quot;">​</a></h3><blockquote><p><strong>read</strong>(): <code>Tensor</code></p></blockquote><p>Typed <code>Tensor</code> by tfjs-layers; at run time the tf.Variable (which carries the name).</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Tensor</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/VariableHandle.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VariableHandle = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VariableHandle as default
};
