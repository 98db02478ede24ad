export declare const START: string;
export declare const END: string;
export declare function actionTable(actionYml: string): string;
export declare function withTable(readme: string, table: string): string;
