from django.urls import path

from coffeechat.web.views import (
    board,
    data,
    fixing,
    insights,
    loop,
    people,
    search,
    settings,
    today,
    writing,
)

urlpatterns = [
    path("", today.today, name="today"),
    path("people/", people.people, name="people"),
    path("people/<int:ident>/", people.person, name="person"),
    path("people/<int:ident>/draft/", loop.draft, name="draft"),
    path("people/<int:ident>/log/", loop.log, name="log"),
    path("people/<int:ident>/merge/", fixing.merge, name="merge"),
    path("people/<int:ident>/remove/", fixing.remove, name="remove"),
    path("people/<int:ident>/questions/", writing.questions, name="questions"),
    path("people/<int:ident>/prep/", writing.prep, name="prep"),
    path("sent/", loop.sent, name="sent"),
    path("promises/<int:ident>/done/", loop.promise_done, name="promise_done"),
    path("board/", board.board, name="board"),
    path("board/move/", board.move, name="board_move"),
    path("check/", writing.check, name="check"),
    path("insights/", insights.insights, name="insights"),
    path("settings/", settings.settings_page, name="settings"),
    path("settings/preview/", settings.preview, name="template_preview"),
    path("import/", data.import_page, name="import"),
    path("export/", data.export_page, name="export"),
    path("export/<str:what>/", data.download, name="download"),
    path("demo/", data.demo, name="demo"),
    path("search/", search.search, name="search"),
]
