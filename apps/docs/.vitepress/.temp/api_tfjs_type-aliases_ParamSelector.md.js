import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ParamSelector","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/type-aliases/ParamSelector.md","filePath":"api/tfjs/type-aliases/ParamSelector.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/ParamSelector.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / ParamSelector</p><h1 id="type-alias-paramselector" tabindex="-1">Type Alias: ParamSelector <a class="header-anchor" href="#type-alias-paramselector" aria-label="Permalink to &quot;Type Alias: ParamSelector&quot;">​</a></h1><blockquote><p><strong>ParamSelector</strong> = <code>Variable</code> | <a href="./../interfaces/VariableHandle"><code>VariableHandle</code></a> | <a href="./../interfaces/WeightOwner"><code>WeightOwner</code></a> | <code>string</code> | <code>RegExp</code></p></blockquote><p>What a param group trains:</p><ul><li>a <code>tf.Variable</code>, a <code>LayerVariable</code>, a layer or a whole model (its trainable weights);</li><li>a string: a variable name, or a name scope such as a layer name (<code>&#39;dense_1&#39;</code> matches <code>&#39;dense_1/kernel&#39;</code> and <code>&#39;dense_1/bias&#39;</code>);</li><li>a RegExp tested against variable names. Layers are read when training starts, so groups may be declared before the model is built.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/ParamSelector.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ParamSelector = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ParamSelector as default
};
