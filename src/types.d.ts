declare module "opencc-js";
