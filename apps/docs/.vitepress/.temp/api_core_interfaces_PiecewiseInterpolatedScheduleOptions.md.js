import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PiecewiseInterpolatedScheduleOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/PiecewiseInterpolatedScheduleOptions.md","filePath":"api/core/interfaces/PiecewiseInterpolatedScheduleOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/PiecewiseInterpolatedScheduleOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / PiecewiseInterpolatedScheduleOptions</p><h1 id="interface-piecewiseinterpolatedscheduleoptions" tabindex="-1">Interface: PiecewiseInterpolatedScheduleOptions <a class="header-anchor" href="#interface-piecewiseinterpolatedscheduleoptions" aria-label="Permalink to &quot;Interface: PiecewiseInterpolatedScheduleOptions&quot;">​</a></h1><p>Options of <a href="./../functions/piecewiseInterpolatedSchedule">piecewiseInterpolatedSchedule</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="boundaries" tabindex="-1">boundaries <a class="header-anchor" href="#boundaries" aria-label="Permalink to &quot;boundaries&quot;">​</a></h3><blockquote><p><strong>boundaries</strong>: readonly <code>number</code>[]</p></blockquote><p>Non-decreasing steps (integers ≥ 0) of the knots; a repeated step is a jump.</p><hr><h3 id="interpolation" tabindex="-1">interpolation? <a class="header-anchor" href="#interpolation" aria-label="Permalink to &quot;interpolation?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>interpolation?</strong>: <a href="./../type-aliases/Interpolation"><code>Interpolation</code></a></p></blockquote><p>Straight lines or half-cosines between knots. Default &#39;linear&#39;.</p><hr><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><blockquote><p><strong>values</strong>: readonly <code>number</code>[]</p></blockquote><p>The lr at each knot (same length as boundaries).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PiecewiseInterpolatedScheduleOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PiecewiseInterpolatedScheduleOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PiecewiseInterpolatedScheduleOptions as default
};
