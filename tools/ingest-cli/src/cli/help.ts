const CONNECTION = `Connection (every command):
  --gateway <url>      gateway base URL (env SAGEWIRE_GATEWAY_URL, default http://127.0.0.1:3000)
  --api-key <key>      an admin API key of the tenant (env SAGEWIRE_API_KEY)
  --json               machine-readable output on stdout
  -h, --help           this help`;

const WAIT = `  --wait               poll until it is done
  --timeout <seconds>  how long --wait polls (default 600)`;

/** Each command's --help text. */
export const HELP = {
  main: `Usage: npm run ingest -- <command> [options]

Commands:
  upload <path|folder|url>...   upload files, folders (recursively) and http(s) URLs
  status [documentId]           one document's version history, or a table of all documents
  delete <documentId>           delete a document and all its versions

Run "npm run ingest -- <command> --help" for a command's options.

${CONNECTION}

Exit codes: 0 done, 1 an upload, ingestion or request failed, 2 wrong command line.`,

  upload: `Usage: npm run ingest -- upload <path|folder|url>... [options]

Uploads files (.md .markdown .txt .html .htm .pdf .docx), every such file under a folder, and
http(s) URLs (media type from Content-Type or the extension, title from the HTML <title>).
Other files are skipped with a note.

Options:
  --acl <tag,...>      access tags of the documents
  --language <tag>     BCP 47 language of the documents (en, es-MX)
  --document-id <id>   upload a new version of this document (one file or URL only)
  --concurrency <n>    uploads at a time (default 4)
${WAIT}   (until each document is active or failed)

${CONNECTION}`,

  status: `Usage: npm run ingest -- status [documentId] [options]

With an id: the document and the history of its versions. Without: a table of all documents.

Options:
  --include-deleted    list deleted documents too

${CONNECTION}`,

  delete: `Usage: npm run ingest -- delete <documentId> [options]

Asks the gateway to delete the document and every version of it from retrieval.

Options:
${WAIT}   (until the document is deleted)

${CONNECTION}`,
} as const;
