import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LoadedCheckpoint","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/LoadedCheckpoint.md","filePath":"api/tfjs/interfaces/LoadedCheckpoint.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/LoadedCheckpoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / LoadedCheckpoint</p><h1 id="interface-loadedcheckpoint" tabindex="-1">Interface: LoadedCheckpoint <a class="header-anchor" href="#interface-loadedcheckpoint" aria-label="Permalink to &quot;Interface: LoadedCheckpoint&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><blockquote><p><strong>model</strong>: <code>LayersModel</code></p></blockquote><p>The saved model (built from the saved topology, or the <code>model</code> given to load into).</p><hr><h3 id="state" tabindex="-1">state <a class="header-anchor" href="#state" aria-label="Permalink to &quot;state&quot;">​</a></h3><blockquote><p><strong>state</strong>: <a href="./TrainingState"><code>TrainingState</code></a></p></blockquote><p>lrkit&#39;s saved state (plain JSON).</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="dispose" tabindex="-1">dispose() <a class="header-anchor" href="#dispose" aria-label="Permalink to &quot;dispose()&quot;">​</a></h3><blockquote><p><strong>dispose</strong>(): <code>void</code></p></blockquote><p>Releases the saved optimizer values (done by <code>restore</code>; call it if you never restore).</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p><hr><h3 id="restore" tabindex="-1">restore() <a class="header-anchor" href="#restore" aria-label="Permalink to &quot;restore()&quot;">​</a></h3><blockquote><p><strong>restore</strong>(<code>parts</code>): <code>void</code></p></blockquote><p>Restores the optimizers and schedulers, built exactly as when saving (same kinds, groups and scheduler entries), in the same order. Compile the model with the optimizers first.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="parts" tabindex="-1">parts <a class="header-anchor" href="#parts" aria-label="Permalink to &quot;parts&quot;">​</a></h5><p><a href="./CheckpointParts"><code>CheckpointParts</code></a></p><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/LoadedCheckpoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LoadedCheckpoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LoadedCheckpoint as default
};
