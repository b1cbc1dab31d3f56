import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Compare schedules","description":"","frontmatter":{"aside":false},"headers":[],"relativePath":"gallery/compare.md","filePath":"gallery/compare.md"}');
const _sfc_main = { name: "gallery/compare.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_CompareChart = resolveComponent("CompareChart");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="compare-schedules" tabindex="-1">Compare schedules <a class="header-anchor" href="#compare-schedules" aria-label="Permalink to &quot;Compare schedules&quot;">​</a></h1><p>Pick schedules to overlay; each uses its gallery defaults on one param group. Change the details on each schedule&#39;s own page.</p>`);
  _push(ssrRenderComponent(_component_CompareChart, null, null, _parent));
  _push(`</div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("gallery/compare.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const compare = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  compare as default
};
