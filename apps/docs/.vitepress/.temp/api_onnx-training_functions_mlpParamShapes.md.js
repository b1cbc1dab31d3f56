import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: mlpParamShapes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/functions/mlpParamShapes.md","filePath":"api/onnx-training/functions/mlpParamShapes.md"}');
const _sfc_main = { name: "api/onnx-training/functions/mlpParamShapes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / mlpParamShapes</p><h1 id="function-mlpparamshapes" tabindex="-1">Function: mlpParamShapes() <a class="header-anchor" href="#function-mlpparamshapes" aria-label="Permalink to &quot;Function: mlpParamShapes()&quot;">​</a></h1><blockquote><p><strong>mlpParamShapes</strong>(<code>o</code>): <a href="./../interfaces/ParamShape"><code>ParamShape</code></a>[]</p></blockquote><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="o" tabindex="-1">o <a class="header-anchor" href="#o" aria-label="Permalink to &quot;o&quot;">​</a></h3><p><a href="./../interfaces/ResolvedMlpOptions"><code>ResolvedMlpOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ParamShape"><code>ParamShape</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/functions/mlpParamShapes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mlpParamShapes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mlpParamShapes as default
};
