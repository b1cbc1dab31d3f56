import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: buildSgdGraph()","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/functions/buildSgdGraph.md","filePath":"api/onnx-training/functions/buildSgdGraph.md"}');
const _sfc_main = { name: "api/onnx-training/functions/buildSgdGraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / buildSgdGraph</p><h1 id="function-buildsgdgraph" tabindex="-1">Function: buildSgdGraph() <a class="header-anchor" href="#function-buildsgdgraph" aria-label="Permalink to &quot;Function: buildSgdGraph()&quot;">​</a></h1><blockquote><p><strong>buildSgdGraph</strong>(<code>groups</code>, <code>options?</code>): <a href="./../interfaces/StepGraph"><code>StepGraph</code></a></p></blockquote><p>One step of torch.optim.SGD for every parameter of every group: d = ±grad + weightDecay·param, momentum as above, param&#39; = param − lr·update.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="groups" tabindex="-1">groups <a class="header-anchor" href="#groups" aria-label="Permalink to &quot;groups&quot;">​</a></h3><p>readonly <a href="./../interfaces/SgdGraphGroup"><code>SgdGraphGroup</code></a>[]</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><h4 id="lrsource" tabindex="-1">lrSource? <a class="header-anchor" href="#lrsource" aria-label="Permalink to &quot;lrSource?&quot;">​</a></h4><p><a href="./../type-aliases/LrSource"><code>LrSource</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/StepGraph"><code>StepGraph</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/functions/buildSgdGraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const buildSgdGraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  buildSgdGraph as default
};
