import { render } from "preact";
import { App } from "./app";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/forms.css";
import "./styles/content.css";
import "./styles/inbox.css";
import "./styles/insights.css";

const root = document.getElementById("app");
if (root) render(<App />, root);
