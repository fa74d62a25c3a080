// The SCORM 1.2 manifest of the package: one SCO (the single-file app) launched as the explorer, the guided tour and each activity.

export interface LaunchItem {
	id: string;
	title: string;
	/** The query string the item opens the app with (empty for the plain explorer). */
	query: string;
}

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** imsmanifest.xml for SCORM 1.2 (IMS Content Packaging 1.1.2 with ADL's adlcp extension). */
export function scormManifest(title: string, items: readonly LaunchItem[], launch: string): string {
	const itemXml = items
		.map(
			(item) =>
				`\t\t\t<item identifier="${escapeXml(`item-${item.id}`)}" identifierref="calcium-routes-sco" isvisible="true"${
					item.query ? ` parameters="${escapeXml(`?${item.query}`)}"` : ''
				}>\n\t\t\t\t<title>${escapeXml(item.title)}</title>\n\t\t\t</item>`
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="calcium-routes" version="1.0"
	xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>1.2</schemaversion>
	</metadata>
	<organizations default="calcium-routes-org">
		<organization identifier="calcium-routes-org">
			<title>${escapeXml(title)}</title>
${itemXml}
		</organization>
	</organizations>
	<resources>
		<resource identifier="calcium-routes-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">
			<file href="${escapeXml(launch)}"/>
		</resource>
	</resources>
</manifest>
`;
}
