/**
 * The files of a ZIP archive (PKWARE APPNOTE 6.3: end record → central directory → local
 * headers; stored or deflated entries), for Inspect's `.eval` logs. Zip64 archives (over
 * 4 GiB or 65,535 entries) are not read. Undefined when `bytes` is not a ZIP this reads.
 */
export declare function unzip(bytes: Buffer, wanted?: (name: string) => boolean): Map<string, Buffer> | undefined;
/**
 * An Inspect `.eval` log (a ZIP of header.json and samples/ID_epoch_N.json) as the JSON log
 * `inspect log dump` prints: the header's fields with `samples` beside them.
 */
export declare function inspectEvalArchive(bytes: Buffer): unknown;
