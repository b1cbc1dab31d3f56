import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ParamsArgument<O>","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/type-aliases/ParamsArgument.md","filePath":"api/onnx-training/type-aliases/ParamsArgument.md"}');
const _sfc_main = { name: "api/onnx-training/type-aliases/ParamsArgument.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / ParamsArgument</p><h1 id="type-alias-paramsargument-o" tabindex="-1">Type Alias: ParamsArgument&lt;O&gt; <a class="header-anchor" href="#type-alias-paramsargument-o" aria-label="Permalink to &quot;Type Alias: ParamsArgument\\&lt;O\\&gt;&quot;">​</a></h1><blockquote><p><strong>ParamsArgument</strong>&lt;<code>O</code>&gt; = <a href="./TensorMap"><code>TensorMap</code></a> | readonly (<code>Partial</code>&lt;<code>O</code>&gt; &amp; <code>object</code>)[]</p></blockquote><p>Parameters for one group (a name → tensor map) or several groups with per-group options.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="o" tabindex="-1">O <a class="header-anchor" href="#o" aria-label="Permalink to &quot;O&quot;">​</a></h3><p><code>O</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/type-aliases/ParamsArgument.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ParamsArgument = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ParamsArgument as default
};
