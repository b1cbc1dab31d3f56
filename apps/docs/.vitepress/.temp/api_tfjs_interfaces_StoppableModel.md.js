import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: StoppableModel","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/StoppableModel.md","filePath":"api/tfjs/interfaces/StoppableModel.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/StoppableModel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / StoppableModel</p><h1 id="interface-stoppablemodel" tabindex="-1">Interface: StoppableModel <a class="header-anchor" href="#interface-stoppablemodel" aria-label="Permalink to &quot;Interface: StoppableModel&quot;">​</a></h1><p>The part of a <code>tf.LayersModel</code> the callbacks use.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="stoptraining" tabindex="-1">stopTraining <a class="header-anchor" href="#stoptraining" aria-label="Permalink to &quot;stopTraining&quot;">​</a></h3><blockquote><p><strong>stopTraining</strong>: <code>boolean</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/StoppableModel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StoppableModel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StoppableModel as default
};
