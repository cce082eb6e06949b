import { render } from "preact";
import { App } from "./app";
import { readLaunchParams } from "./launch-params";
import "./styles.css";

const launch = readLaunchParams(window.location);
document.documentElement.lang = launch.lang;
const root = document.getElementById("app");
if (root) render(<App launch={launch} />, root);
