export declare const ROOT: string;
export declare const DIST_DIR: string;
/** True when the compiled build is current for the sources in this tree. */
export declare function isCurrentBuild(): boolean;
