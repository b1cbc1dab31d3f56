import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: initMlpParams()","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/functions/initMlpParams.md","filePath":"api/onnx-training/functions/initMlpParams.md"}');
const _sfc_main = { name: "api/onnx-training/functions/initMlpParams.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / initMlpParams</p><h1 id="function-initmlpparams" tabindex="-1">Function: initMlpParams() <a class="header-anchor" href="#function-initmlpparams" aria-label="Permalink to &quot;Function: initMlpParams()&quot;">​</a></h1><blockquote><p><strong>initMlpParams</strong>(<code>params</code>, <code>options?</code>): <code>Record</code>&lt;<code>string</code>, <code>Tensor</code>&gt;</p></blockquote><p>Initial parameters as torch.nn.Linear draws them: weight and bias uniform in ±1/√fanIn (kaiming_uniform with a = √5), from a seeded generator so runs repeat.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="params" tabindex="-1">params <a class="header-anchor" href="#params" aria-label="Permalink to &quot;params&quot;">​</a></h3><p>readonly <a href="./../interfaces/ParamShape"><code>ParamShape</code></a>[]</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><h4 id="seed" tabindex="-1">seed? <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed?&quot;">​</a></h4><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Record</code>&lt;<code>string</code>, <code>Tensor</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/functions/initMlpParams.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const initMlpParams = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  initMlpParams as default
};
