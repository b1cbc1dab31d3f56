import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Gallery","description":"","frontmatter":{},"headers":[],"relativePath":"gallery/index.md","filePath":"gallery/index.md"}');
const _sfc_main = { name: "gallery/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_GalleryGrid = resolveComponent("GalleryGrid");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="gallery" tabindex="-1">Gallery <a class="header-anchor" href="#gallery" aria-label="Permalink to &quot;Gallery&quot;">​</a></h1><p>Every schedule lrkit ships, drawn in your browser by <code>@lrkit/core</code> itself (its <code>preview</code>): open one to change its options and watch the curve, or <a href="./compare">compare several</a>. Each curve is what <code>step()</code> writes into <code>optimizer.paramGroups[i].lr</code>, one point per step, starting at step 0 (right after construction).</p><h2 id="pytorch-schedulers" tabindex="-1">PyTorch schedulers <a class="header-anchor" href="#pytorch-schedulers" aria-label="Permalink to &quot;PyTorch schedulers&quot;">​</a></h2>`);
  _push(ssrRenderComponent(_component_GalleryGrid, { family: "torch" }, null, _parent));
  _push(`<h2 id="other-schedulers" tabindex="-1">Other schedulers <a class="header-anchor" href="#other-schedulers" aria-label="Permalink to &quot;Other schedulers&quot;">​</a></h2>`);
  _push(ssrRenderComponent(_component_GalleryGrid, { family: "library" }, null, _parent));
  _push(`<h2 id="closed-form-schedules" tabindex="-1">Closed-form schedules <a class="header-anchor" href="#closed-form-schedules" aria-label="Permalink to &quot;Closed-form schedules&quot;">​</a></h2><p>Pure functions of the step, described by JSON specs; they drive an optimizer through <code>ScheduleLR</code> (or <code>fromSpec</code>).</p>`);
  _push(ssrRenderComponent(_component_GalleryGrid, { family: "closed-form" }, null, _parent));
  _push(`<h2 id="huggingface-transformers-presets" tabindex="-1">HuggingFace transformers presets <a class="header-anchor" href="#huggingface-transformers-presets" aria-label="Permalink to &quot;HuggingFace transformers presets&quot;">​</a></h2>`);
  _push(ssrRenderComponent(_component_GalleryGrid, { family: "huggingface" }, null, _parent));
  _push(`<h2 id="timm-presets" tabindex="-1">timm presets <a class="header-anchor" href="#timm-presets" aria-label="Permalink to &quot;timm presets&quot;">​</a></h2>`);
  _push(ssrRenderComponent(_component_GalleryGrid, { family: "timm" }, null, _parent));
  _push(`<h2 id="keras-presets" tabindex="-1">Keras presets <a class="header-anchor" href="#keras-presets" aria-label="Permalink to &quot;Keras presets&quot;">​</a></h2>`);
  _push(ssrRenderComponent(_component_GalleryGrid, { family: "keras" }, null, _parent));
  _push(`<h2 id="optax-presets" tabindex="-1">optax presets <a class="header-anchor" href="#optax-presets" aria-label="Permalink to &quot;optax presets&quot;">​</a></h2>`);
  _push(ssrRenderComponent(_component_GalleryGrid, { family: "optax" }, null, _parent));
  _push(`</div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("gallery/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
