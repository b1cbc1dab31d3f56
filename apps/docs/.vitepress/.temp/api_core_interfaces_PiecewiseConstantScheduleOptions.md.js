import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PiecewiseConstantScheduleOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/PiecewiseConstantScheduleOptions.md","filePath":"api/core/interfaces/PiecewiseConstantScheduleOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/PiecewiseConstantScheduleOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / PiecewiseConstantScheduleOptions</p><h1 id="interface-piecewiseconstantscheduleoptions" tabindex="-1">Interface: PiecewiseConstantScheduleOptions <a class="header-anchor" href="#interface-piecewiseconstantscheduleoptions" aria-label="Permalink to &quot;Interface: PiecewiseConstantScheduleOptions&quot;">​</a></h1><p>Options of <a href="./../functions/piecewiseConstantSchedule">piecewiseConstantSchedule</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="boundaries" tabindex="-1">boundaries <a class="header-anchor" href="#boundaries" aria-label="Permalink to &quot;boundaries&quot;">​</a></h3><blockquote><p><strong>boundaries</strong>: readonly <code>number</code>[]</p></blockquote><p>Strictly increasing steps (integers ≥ 0) after which the next value applies.</p><hr><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><blockquote><p><strong>values</strong>: readonly <code>number</code>[]</p></blockquote><p>One more value than boundaries: values[i] applies while boundaries[i-1] &lt; step ≤ boundaries[i].</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PiecewiseConstantScheduleOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PiecewiseConstantScheduleOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PiecewiseConstantScheduleOptions as default
};
