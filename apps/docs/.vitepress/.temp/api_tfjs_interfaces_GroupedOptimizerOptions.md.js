import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GroupedOptimizerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/GroupedOptimizerOptions.md","filePath":"api/tfjs/interfaces/GroupedOptimizerOptions.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/GroupedOptimizerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / GroupedOptimizerOptions</p><h1 id="interface-groupedoptimizeroptions" tabindex="-1">Interface: GroupedOptimizerOptions <a class="header-anchor" href="#interface-groupedoptimizeroptions" aria-label="Permalink to &quot;Interface: GroupedOptimizerOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="biascorrection" tabindex="-1">biasCorrection? <a class="header-anchor" href="#biascorrection" aria-label="Permalink to &quot;biasCorrection?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>biasCorrection?</strong>: <a href="./../type-aliases/BiasCorrection"><code>BiasCorrection</code></a></p></blockquote><p>Adam/Adamax groups: see <a href="./../type-aliases/BiasCorrection">BiasCorrection</a>. Default &#39;product&#39;.</p><hr><h3 id="groups" tabindex="-1">groups <a class="header-anchor" href="#groups" aria-label="Permalink to &quot;groups&quot;">​</a></h3><blockquote><p><strong>groups</strong>: readonly <a href="./ParamGroupConfig"><code>ParamGroupConfig</code></a>[]</p></blockquote><hr><h3 id="optimizer" tabindex="-1">optimizer? <a class="header-anchor" href="#optimizer" aria-label="Permalink to &quot;optimizer?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>optimizer?</strong>: <a href="./../type-aliases/OptimizerFactory"><code>OptimizerFactory</code></a></p></blockquote><p>The factory of every group without its own <code>optimizer</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/GroupedOptimizerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GroupedOptimizerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GroupedOptimizerOptions as default
};
